import { startTestTables, type TestTables } from '@lantern/local-cloud/testing';
import { context, routeEvent, tokenOf } from '@lantern/runtime/testing';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createExampleRoute } from '../src/routes/create-example.js';
import { getExampleRoute } from '../src/routes/get-example.js';
import { exampleTables } from '../src/tables.js';

type Handler = (
  event: unknown,
  ctx: unknown,
) => Promise<{ statusCode: number; body: string; headers?: Record<string, string> }>;
let db: TestTables;
let create: Handler;
let get: Handler;
const coordinator = tokenOf('coordinator@example.org', ['coordinator']);

beforeAll(async () => {
  db = await startTestTables(exampleTables);
  // What Lambda would give them (the manifest's grant injects the table's name); read when they load.
  Object.assign(process.env, db.environment);
  create = (await import('../src/handlers/create-example.js')).handler as unknown as Handler;
  get = (await import('../src/handlers/get-example.js')).handler as unknown as Handler;
}, 90_000);
afterAll(() => db?.stop());

describe('the item routes, handler by handler', () => {
  it('creates an item once per Idempotency-Key and reads it back', async () => {
    // Prepare
    const headers = { 'idempotency-key': `key-${Date.now()}` };
    const body = { title: '  A first item ' };

    // Act
    const first = await create(routeEvent(createExampleRoute, { body, headers, token: coordinator }), context);
    const again = await create(routeEvent(createExampleRoute, { body, headers, token: coordinator }), context);
    const created = JSON.parse(first.body);
    const read = await get(
      routeEvent(getExampleRoute, { params: { exampleId: created.exampleId }, token: coordinator }),
      context,
    );

    // Assess
    expect(first.statusCode).toBe(201);
    expect(created.title).toBe('A first item');
    expect(JSON.parse(again.body)).toEqual(created);
    expect(JSON.parse(read.body)).toEqual(created);
  });

  it('answers bad input with problem+json listing the field, and a peer with 403', async () => {
    const invalid = await create(routeEvent(createExampleRoute, { body: { title: '' }, token: coordinator }), context);
    const byPeer = await create(
      routeEvent(createExampleRoute, { body: { title: 'x' }, token: tokenOf('peer@example.org', ['peer']) }),
      context,
    );

    expect(invalid.statusCode).toBe(400);
    expect(invalid.headers?.['content-type']).toMatch(/problem\+json/);
    expect(JSON.parse(invalid.body).errors.map((e: { path: string }) => e.path)).toEqual(['title']);
    expect(byPeer.statusCode).toBe(403);
  });
});
