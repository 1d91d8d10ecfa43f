import { describe, expect, it } from 'vitest';
import { allClients, call, emailsTo, eventually, intake, settle, tokenFor } from './support/api.js';

describe('Idempotency-Key on POST /intakes', () => {
  it('stores one client and sends one email when the same key is sent twice', async () => {
    const body = intake();
    const key = `retry-${Date.now()}`;
    const first = await call('POST', '/intakes', { body, headers: { 'idempotency-key': key } });
    const second = await call('POST', '/intakes', { body, headers: { 'idempotency-key': key } });

    expect(first.status).toBe(201);
    expect(second.status).toBe(201);
    expect(second.body).toEqual(first.body);
    await eventually(async () => ((await emailsTo(body.email)).length ? true : undefined));
    expect(await settle(() => emailsTo(body.email))).toHaveLength(1);
    const coordinator = await tokenFor('coordinator@example.org');
    const listed = await allClients(coordinator);
    expect(listed.filter((c) => c.clientId === first.body.clientId)).toHaveLength(1);
  });

  it('refuses the same key with a different body with 409', async () => {
    const key = `reuse-${Date.now()}`;
    await call('POST', '/intakes', { body: intake(), headers: { 'idempotency-key': key } });
    const reused = await call('POST', '/intakes', { body: intake(), headers: { 'idempotency-key': key } });
    expect(reused.status).toBe(409);
  });
});
