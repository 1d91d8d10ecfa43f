import { buildEvent, EXAMPLE_INTAKE, IntakeRequest, IntakeSubmitted } from '@lantern/contracts';
import { startTestTables, type TestTables } from '@lantern/local-cloud/testing';
import { cursorCodec, documentClient, parseKeyRing } from '@lantern/runtime';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { intakeSubmittedData, newClientRecord } from '../src/domain/client.js';
import { newClientId, newEventId } from '../src/domain/ids.js';
import { applyPatch } from '../src/domain/patch.js';
import { type ClientsStore, createClientsStore } from '../src/store/clients-store.js';
import { intakeTable, intakeTables } from '../src/tables.js';

const ring = parseKeyRing(JSON.stringify({ current: { id: 't', secret: Buffer.alloc(32, 7).toString('base64') } }));
const intake = IntakeRequest.parse(EXAMPLE_INTAKE);
let db: TestTables;
let store: ClientsStore;

async function storedClient(overrides: Partial<typeof intake> = {}, at = new Date()) {
  const record = newClientRecord({ ...intake, ...overrides }, newClientId(), at);
  const event = buildEvent(IntakeSubmitted, intakeSubmittedData(record), {
    eventId: newEventId(),
    occurredAt: record.createdAt,
  });
  await store.saveIntake(record, event, { now: at });
  return record;
}

beforeAll(async () => {
  db = await startTestTables(intakeTables);
  store = createClientsStore({
    documents: documentClient(db.client),
    table: intakeTable(db.names.main),
    cursors: cursorCodec(() => ring),
  });
}, 90_000);
afterAll(() => db?.stop());

describe('the clients store on DynamoDB Local', () => {
  it('stores an intake and reads the same record back, at version 1', async () => {
    // Prepare
    const record = await storedClient();

    // Act
    const stored = await store.getClient(record.clientId);

    // Assess
    expect(stored?.record).toEqual(record);
    expect(stored?.record.version).toBe(1);
  });

  it('refuses a change made from a stale version, and keeps the newer one', async () => {
    // Prepare
    const record = await storedClient();
    const stored = (await store.getClient(record.clientId))!;
    const by = { username: 'c@example.org', now: new Date() };
    const first = applyPatch(stored.record, { status: 'in_review', reason: 'first' }, by);
    const second = applyPatch(stored.record, { status: 'closed', reason: 'second' }, by);
    if ('phoneNeeded' in first || 'phoneNeeded' in second) throw new Error('unexpected');
    const event = (clientId: string) =>
      buildEvent(IntakeSubmitted, intakeSubmittedData(record), {
        eventId: newEventId(),
        occurredAt: clientId && record.createdAt,
      });

    // Act
    const saved = await store.saveClientChange(stored, first.record, event(record.clientId), by.now);
    const stale = await store.saveClientChange(stored, second.record, event(record.clientId), by.now);

    // Assess
    expect([saved, stale]).toEqual([true, false]);
    expect((await store.getClient(record.clientId))?.record).toMatchObject({ status: 'in_review', version: 2 });
  });

  it('pages the queue urgent first then oldest, every client once, with no cursor after the last page', async () => {
    // Prepare: a status of its own so other tests' clients do not interleave
    const base = Date.parse('2026-01-01T00:00:00Z');
    const made = [];
    for (let i = 0; i < 5; i++) {
      const record = await storedClient(
        { safety: { immediateDanger: i === 3, thoughtsOfSelfHarm: false, riskToOthers: false } },
        new Date(base + i * 1000),
      );
      const stored = (await store.getClient(record.clientId))!;
      const moved = applyPatch(
        stored.record,
        { status: 'closed', reason: 'test' },
        { username: 'c', now: new Date(base + i * 1000) },
      );
      if ('phoneNeeded' in moved) throw new Error('unexpected');
      await store.saveClientChange(
        stored,
        moved.record,
        buildEvent(IntakeSubmitted, intakeSubmittedData(record), {
          eventId: newEventId(),
          occurredAt: record.createdAt,
        }),
        new Date(),
      );
      made.push(record);
    }

    // Act
    const seen: string[] = [];
    let cursor: string | undefined;
    let pages = 0;
    for (;;) {
      const page = await store.listClients({ status: 'closed', limit: 5, ...(cursor ? { cursor } : {}) });
      if (page === 'badCursor') throw new Error('bad cursor');
      seen.push(...page.items.map((item) => item.clientId));
      pages += 1;
      if (!page.nextCursor) break;
      cursor = page.nextCursor;
    }

    // Assess: one full page, no empty page after it; the urgent client first
    expect(pages).toBe(1);
    expect(seen).toEqual([made[3], made[0], made[1], made[2], made[4]].map((r) => r?.clientId));
  });

  it('refuses a cursor from another listing, and an edited one', async () => {
    // Prepare
    await storedClient();
    await storedClient();
    const page = await store.listClients({ limit: 1 });
    if (page === 'badCursor' || !page.nextCursor) throw new Error('expected a second page');

    // Act
    const otherListing = await store.listClients({ limit: 1, urgent: true, cursor: page.nextCursor });
    const edited = await store.listClients({ limit: 1, cursor: `${page.nextCursor.slice(0, -2)}xx` });

    // Assess
    expect([otherListing, edited]).toEqual(['badCursor', 'badCursor']);
  });
});
