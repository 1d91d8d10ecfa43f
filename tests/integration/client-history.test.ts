import { beforeAll, describe, expect, it } from 'vitest';
import { auditEntries, call, intake, tokenFor } from './support/api.js';

describe('GET /clients/{clientId}/history', () => {
  let coordinator: string;
  beforeAll(async () => {
    coordinator = await tokenFor('coordinator@example.org');
  });

  it('shows status changes, contact attempts and the cleared flag, newest first, across pages', async () => {
    // Prepare
    const safety = { immediateDanger: true, riskToOthers: false, thoughtsOfSelfHarm: false };
    const { clientId } = (await call('POST', '/intakes', { body: intake({ safety }) })).body;
    const at = (minutesAgo: number) => new Date(Date.now() - minutesAgo * 60_000).toISOString();
    const attempt = (minutesAgo: number, outcome: string) =>
      call('POST', `/clients/${clientId}/contact-attempts`, {
        token: coordinator,
        body: { at: at(minutesAgo), channel: 'phone', outcome },
      });
    await attempt(30, 'no_answer');
    await attempt(20, 'reached');
    await call('POST', `/clients/${clientId}/urgent-clearance`, { token: coordinator, body: { reason: 'Reached' } });
    await call('PATCH', `/clients/${clientId}`, {
      token: coordinator,
      body: { status: 'in_review', reason: 'Looking for a peer' },
    });

    // Act
    const kinds: string[] = [];
    let path = `/clients/${clientId}/history?limit=3`;
    for (;;) {
      const page = await call('GET', path, { token: coordinator });
      expect(page.status).toBe(200);
      kinds.push(...page.body.items.map((item: { kind: string; outcome?: string }) => item.outcome ?? item.kind));
      if (!page.body.nextCursor) break;
      path = `/clients/${clientId}/history?limit=3&cursor=${encodeURIComponent(page.body.nextCursor)}`;
    }

    // Assess
    expect(kinds).toEqual(['status_changed', 'urgent_cleared', 'reached', 'no_answer']);
    expect((await auditEntries(clientId)).filter((entry) => entry.action === 'read')).toHaveLength(2);
  });

  it('is for coordinators: a peer gets 403, audited; an unknown client 404', async () => {
    const { clientId } = (await call('POST', '/intakes', { body: intake() })).body;

    const byPeer = await call('GET', `/clients/${clientId}/history`, { token: await tokenFor('peer@example.org') });
    const unknown = await call('GET', '/clients/cl_01J00000000000000000000000/history', { token: coordinator });

    expect([byPeer.status, unknown.status]).toEqual([403, 404]);
    expect((await auditEntries(clientId)).map((entry) => entry.action)).toEqual(['read_denied']);
  });
});
