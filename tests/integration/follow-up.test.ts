import { beforeAll, describe, expect, it } from 'vitest';
import { auditEntries, busEvents, call, eventually, intake, tokenFor } from './support/api.js';

const urgentIntake = (overrides = {}) =>
  intake({ safety: { immediateDanger: true, riskToOthers: false, thoughtsOfSelfHarm: false }, ...overrides });

describe('following up an urgent client', () => {
  let coordinator: string;
  beforeAll(async () => {
    coordinator = await tokenFor('coordinator@example.org');
  });

  it('records a contact attempt once per Idempotency-Key, and audits it', async () => {
    // Prepare
    const { clientId } = (await call('POST', '/intakes', { body: urgentIntake() })).body;
    const attempt = { at: new Date(Date.now() - 60_000).toISOString(), channel: 'phone', outcome: 'no_answer' };
    const headers = { 'idempotency-key': `attempt-${clientId}` };

    // Act
    const first = await call('POST', `/clients/${clientId}/contact-attempts`, {
      token: coordinator,
      body: attempt,
      headers,
    });
    const again = await call('POST', `/clients/${clientId}/contact-attempts`, {
      token: coordinator,
      body: attempt,
      headers,
    });

    // Assess
    expect(first.status).toBe(201);
    expect(first.body).toMatchObject({
      kind: 'contact_attempt',
      channel: 'phone',
      outcome: 'no_answer',
      by: 'coordinator@example.org',
    });
    expect(again.body).toEqual(first.body);
    const audited = (await auditEntries(clientId)).filter((entry) => entry.changedFields?.includes('contactAttempts'));
    expect(audited).toHaveLength(1);
  });

  it('refuses an attempt on a channel the client gave no address for (422), a future one (400), and a peer (403)', async () => {
    // Prepare
    const { clientId } = (await call('POST', '/intakes', { body: urgentIntake({ phone: undefined }) })).body;
    const now = new Date().toISOString();

    // Act
    const byText = await call('POST', `/clients/${clientId}/contact-attempts`, {
      token: coordinator,
      body: { at: now, channel: 'text', outcome: 'left_message' },
    });
    const future = await call('POST', `/clients/${clientId}/contact-attempts`, {
      token: coordinator,
      body: { at: new Date(Date.now() + 86_400_000).toISOString(), channel: 'email', outcome: 'reached' },
    });
    const byPeer = await call('POST', `/clients/${clientId}/contact-attempts`, {
      token: await tokenFor('peer@example.org'),
      body: { at: now, channel: 'email', outcome: 'reached' },
    });

    // Assess
    expect([byText.status, future.status, byPeer.status]).toEqual([422, 400, 403]);
    expect(byText.headers.get('content-type')).toMatch(/problem\+json/);
    expect((await auditEntries(clientId)).map((entry) => entry.action)).toEqual(['update_denied']);
  });

  it('clears the urgent flag with a reason, once, and tells other services without the reason', async () => {
    // Prepare
    const { clientId } = (await call('POST', '/intakes', { body: urgentIntake() })).body;
    const reason = 'Reached by phone; safe tonight';

    // Act
    const noReason = await call('POST', `/clients/${clientId}/urgent-clearance`, { token: coordinator, body: {} });
    const cleared = await call('POST', `/clients/${clientId}/urgent-clearance`, {
      token: coordinator,
      body: { reason },
      headers: { 'if-match': '1' },
    });
    const twice = await call('POST', `/clients/${clientId}/urgent-clearance`, { token: coordinator, body: { reason } });

    // Assess
    expect(noReason.status).toBe(400);
    expect(cleared.status).toBe(200);
    expect(cleared.body).toMatchObject({ urgent: false, urgentReasons: ['immediate_danger'], version: 2 });
    expect(twice.status).toBe(409);
    const updated = await eventually(async () =>
      (await busEvents()).find(
        (event) => event['detail-type'] === 'ClientUpdated' && event.detail.data.clientId === clientId,
      ),
    );
    expect(updated.detail.data.changes).toEqual({ urgent: false });
    expect(JSON.stringify(updated)).not.toContain(reason);
  });

  it('answers a stale If-Match with 412 and changes nothing', async () => {
    const { clientId } = (await call('POST', '/intakes', { body: urgentIntake() })).body;

    const stale = await call('POST', `/clients/${clientId}/urgent-clearance`, {
      token: coordinator,
      body: { reason: 'Spoke with them' },
      headers: { 'if-match': '7' },
    });

    expect(stale.status).toBe(412);
    expect((await call('GET', `/clients/${clientId}`, { token: coordinator })).body.urgent).toBe(true);
  });
});
