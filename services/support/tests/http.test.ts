import { startTestTables, type TestTables } from '@lantern/local-cloud/testing';
import { cursorCodec, documentClient, LINK_KEYS_VARIABLE } from '@lantern/runtime';
import { context, routeEvent, tokenOf } from '@lantern/runtime/testing';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { listGoalsRoute } from '../src/routes/list-goals.js';
import { listPlanTemplatesRoute } from '../src/routes/list-plan-templates.js';
import { sharedPlanRoute } from '../src/routes/shared-plan.js';
import { updateGoalRoute } from '../src/routes/update-goal.js';
import { createAuditStore } from '../src/store/audit-store.js';
import { supportTable, supportTables } from '../src/tables.js';
import { newClientId } from './ids.js';

type Handler = (event: unknown, ctx: unknown) => Promise<{ statusCode: number; body: string }>;
let db: TestTables;
const handlers: Record<string, Handler> = {};
const coordinator = tokenOf('coordinator@example.org', ['coordinator']);
const peer = tokenOf('peer@example.org', ['peer']);
const UNKNOWN_GOAL = 'go_01JQ7Z5X2M4N6P8R0T2V4W6Y8Z';

beforeAll(async () => {
  db = await startTestTables(supportTables);
  // What Lambda would give them (the manifest's grants inject these); read when they load.
  Object.assign(process.env, db.environment, {
    [LINK_KEYS_VARIABLE]: JSON.stringify({ current: { id: 'h', secret: Buffer.alloc(32, 9).toString('base64') } }),
  });
  for (const name of ['list-goals', 'update-goal', 'list-plan-templates', 'shared-plan']) {
    handlers[name] = (await import(`../src/handlers/${name}.ts`)).handler as Handler;
  }
}, 90_000);
afterAll(() => db?.stop());

const trailOf = async (clientId: string) => {
  const store = createAuditStore({
    documents: documentClient(db.client),
    table: supportTable(db.names.main),
    cursors: cursorCodec(),
  });
  const page = await store.list({ clientId }, { limit: 100 });
  if (page === 'badCursor') throw new Error('bad cursor');
  return page.items;
};

describe('the support handlers', () => {
  it('refuses a peer who is not matched with the client, and audits the refusal with where it came from', async () => {
    const clientId = newClientId();
    const response = await handlers['list-goals']!(
      routeEvent(listGoalsRoute, { params: { clientId }, token: peer }),
      context,
    );
    expect(response.statusCode).toBe(403);
    expect(await trailOf(clientId)).toEqual([
      expect.objectContaining({
        action: 'goal.list',
        allowed: false,
        sourceIp: '127.0.0.1',
        actor: expect.objectContaining({ username: 'peer@example.org' }),
      }),
    ]);
  });

  it('answers an unknown goal with 404 to a coordinator and 403 to a peer, telling the peer nothing', async () => {
    const call = (token: Record<string, unknown>) =>
      handlers['update-goal']!(
        routeEvent(updateGoalRoute, { params: { goalId: UNKNOWN_GOAL }, body: { title: 'x' }, token }),
        context,
      );
    expect((await call(coordinator)).statusCode).toBe(404);
    expect((await call(peer)).statusCode).toBe(403);
  });

  it('answers a cursor from elsewhere with 400 on the cursor field', async () => {
    const response = await handlers['list-goals']!(
      routeEvent(listGoalsRoute, {
        params: { clientId: newClientId() },
        query: { cursor: 'not-a-cursor' },
        token: coordinator,
      }),
      context,
    );
    expect(response.statusCode).toBe(400);
    expect(JSON.parse(response.body).errors).toEqual([expect.objectContaining({ path: 'cursor' })]);
  });

  it('lists the plan templates in French', async () => {
    const response = await handlers['list-plan-templates']!(
      routeEvent(listPlanTemplatesRoute, { query: { locale: 'fr' }, token: peer }),
      context,
    );
    const titles = JSON.parse(response.body).items.map((t: { title: string }) => t.title);
    expect(titles.sort()).toEqual(['Plan d’autodéfense des droits', 'Plan de bien-être', 'Plan de naissance'].sort());
  });

  it('refuses a link that is not a signed plan link with 403', async () => {
    const response = await handlers['shared-plan']!(
      routeEvent(sharedPlanRoute, { params: { token: 'h.e30.AAAA' } }),
      context,
    );
    expect(response.statusCode).toBe(403);
  });
});
