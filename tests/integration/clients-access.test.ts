import { generateKeyPair, SignJWT } from 'jose';
import { beforeAll, describe, expect, it } from 'vitest';
import { auditEntries, call, intake, tokenFor } from './support/api.js';

function tamper(token: string): string {
  const [header, payload, signature] = token.split('.');
  const claims = JSON.parse(Buffer.from(payload ?? '', 'base64url').toString());
  claims['cognito:groups'] = ['admin'];
  return [header, Buffer.from(JSON.stringify(claims)).toString('base64url'), signature].join('.');
}

function unsigned(token: string): string {
  const [, payload] = token.split('.');
  const header = Buffer.from(JSON.stringify({ alg: 'none', typ: 'JWT' })).toString('base64url');
  return `${header}.${payload}.`;
}

async function signedByAStranger(token: string): Promise<string> {
  const claims = JSON.parse(Buffer.from(token.split('.')[1] ?? '', 'base64url').toString());
  const { privateKey } = await generateKeyPair('RS256');
  return new SignJWT(claims).setProtectedHeader({ alg: 'RS256', kid: 'stranger' }).sign(privateKey);
}

describe('who may read the queue', () => {
  let clientId: string;
  let coordinator: string;
  beforeAll(async () => {
    coordinator = await tokenFor('coordinator@example.org');
    clientId = (await call('POST', '/intakes', { body: intake() })).body.clientId;
  });

  it('answers an anonymous caller with 401 problem+json', async () => {
    const response = await call('GET', '/clients');
    expect(response.status).toBe(401);
    expect(response.headers.get('content-type')).toMatch(/problem\+json/);
  });

  it('answers garbage, alg none, tampered, foreign and expired tokens with 401', async () => {
    const expired = await call<{ access_token: string }>('POST', '/_local/token', {
      body: { username: 'coordinator@example.org', expiresInSeconds: -60 },
    });
    const tokens = [
      'garbage',
      unsigned(coordinator),
      tamper(coordinator),
      await signedByAStranger(coordinator),
      expired.body.access_token,
    ];
    const statuses = await Promise.all(tokens.map(async (token) => (await call('GET', '/clients', { token })).status));
    expect(statuses).toEqual([401, 401, 401, 401, 401]);
  });

  it('answers a peer with 403', async () => {
    const response = await call('GET', '/clients', { token: await tokenFor('peer@example.org') });
    expect(response.status).toBe(403);
  });

  it('shows the coordinator the client', async () => {
    const response = await call('GET', '/clients?limit=100', { token: coordinator });
    expect(response.status).toBe(200);
    expect(response.body.items.map((c: { clientId: string }) => c.clientId)).toContain(clientId);
  });

  it('lets an admin do what a coordinator may', async () => {
    expect((await call('GET', '/clients', { token: await tokenFor('admin@example.org') })).status).toBe(200);
  });

  it("refuses a peer who is not the client's peer, and answers an unknown client with 404", async () => {
    expect((await call('GET', `/clients/${clientId}`, { token: await tokenFor('peer@example.org') })).status).toBe(403);
    expect((await call('GET', '/clients/cl_00000000000000000000000000', { token: coordinator })).status).toBe(404);
  });
});

describe('reading and changing one client record', () => {
  it('returns the whole record to a coordinator', async () => {
    const body = intake({ safety: { immediateDanger: true, riskToOthers: false, thoughtsOfSelfHarm: false } });
    const { clientId } = (await call('POST', '/intakes', { body })).body;
    const response = await call('GET', `/clients/${clientId}`, { token: await tokenFor('coordinator@example.org') });
    expect(response.status).toBe(200);
    expect(response.body).toMatchObject({
      clientId,
      email: body.email,
      urgent: true,
      urgentReasons: ['immediate_danger'],
      status: 'new',
    });
  });

  it('changes the status with a reason and refuses one without', async () => {
    const coordinator = await tokenFor('coordinator@example.org');
    const { clientId } = (await call('POST', '/intakes', { body: intake() })).body;
    const withoutReason = await call('PATCH', `/clients/${clientId}`, {
      token: coordinator,
      body: { status: 'in_review' },
    });
    const withReason = await call('PATCH', `/clients/${clientId}`, {
      token: coordinator,
      body: { status: 'in_review', reason: 'Reading it now' },
    });
    const skipping = await call('PATCH', `/clients/${clientId}`, {
      token: coordinator,
      body: { status: 'active', reason: 'x' },
    });
    expect(withoutReason.status).toBe(400);
    expect(withReason.status).toBe(200);
    expect(withReason.body.status).toBe('in_review');
    expect(skipping.status).toBe(409);
  });

  it('refuses to set matched by hand, which follows a confirmed match', async () => {
    const coordinator = await tokenFor('coordinator@example.org');
    const { clientId } = (await call('POST', '/intakes', { body: intake() })).body;
    await call('PATCH', `/clients/${clientId}`, { token: coordinator, body: { status: 'waitlisted', reason: 'Wait' } });
    const matched = await call('PATCH', `/clients/${clientId}`, {
      token: coordinator,
      body: { status: 'matched', reason: 'Found a peer' },
    });
    expect(matched.status).toBe(409);
    expect(matched.body.detail).toBe('A client becomes matched only when a match is confirmed, not by hand.');
    const record = await call('GET', `/clients/${clientId}`, { token: coordinator });
    expect(record.body.status).toBe('waitlisted');
  });
});

describe('auditing reads of a client record', () => {
  it('records who read the record, when and from where, and every refused attempt', async () => {
    const { clientId } = (await call('POST', '/intakes', { body: intake() })).body;
    await call('GET', `/clients/${clientId}`, { token: await tokenFor('coordinator@example.org') });
    await call('GET', `/clients/${clientId}`, { token: await tokenFor('peer@example.org') });

    const entries = await auditEntries(clientId);
    expect(entries.map((e) => [e.action, e.actor.username])).toEqual([
      ['read', 'coordinator@example.org'],
      ['read_denied', 'peer@example.org'],
    ]);
    expect(entries[0]).toMatchObject({ at: expect.any(String), sourceIp: expect.any(String) });
  });

  it('does not audit the listing, which shows no client record', async () => {
    const { clientId } = (await call('POST', '/intakes', { body: intake() })).body;
    await call('GET', '/clients', { token: await tokenFor('coordinator@example.org') });
    expect(await auditEntries(clientId)).toEqual([]);
  });
});
