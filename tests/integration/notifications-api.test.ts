import { describe, expect, it } from 'vitest';
import { call, tokenFor } from './support/api.js';

describe('the delivery log and unsubscribe over HTTP', () => {
  it('shows the log to coordinators only, and refuses a bad filter or cursor', async () => {
    // Prepare
    const coordinator = await tokenFor('coordinator@example.org');
    const peer = await tokenFor('peer@example.org');
    // Act
    const anonymous = await call('GET', '/notifications');
    const asPeer = await call('GET', '/notifications', { token: peer });
    const badFilter = await call('GET', '/notifications?status=lost&template=nope', { token: coordinator });
    const badCursor = await call('GET', '/notifications?cursor=abc', { token: coordinator });
    const page = await call('GET', '/notifications?limit=5', { token: coordinator });
    // Assess
    expect([anonymous.status, asPeer.status, badCursor.status]).toEqual([401, 403, 400]);
    expect(badFilter.status).toBe(400);
    expect(badFilter.body.errors.map((error: { path: string }) => error.path).sort()).toEqual([
      'query.status',
      'query.template',
    ]);
    expect(page.status).toBe(200);
    for (const item of page.body.items) {
      expect(Object.keys(item).sort()).toEqual(
        expect.arrayContaining(['channel', 'createdAt', 'notificationId', 'recipient', 'status', 'template']),
      );
      expect(item).not.toHaveProperty('body');
      expect(item.recipient).toContain('•');
    }
  });

  it('answers a forged, malformed or missing unsubscribe token with problem+json and changes nothing', async () => {
    // Act
    const forged = await call('POST', '/unsubscribe', { body: { token: 'local.eyJwIjoidW5zdWJzY3JpYmUifQ.c2ln' } });
    const missing = await call('POST', '/unsubscribe', { body: {} });
    // Assess
    expect(forged.status).toBe(403);
    expect(forged.headers.get('content-type')).toContain('application/problem+json');
    expect(missing.status).toBe(400);
  });
});
