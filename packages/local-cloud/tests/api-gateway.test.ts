import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fixtureRoute } from '@lantern/contracts/testing';
import { defineService } from '@lantern/runtime';
import type { APIGatewayProxyEventV2WithJWTAuthorizer } from 'aws-lambda';
import { generateKeyPair, SignJWT } from 'jose';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { LocalCloud } from '../src/options.js';
import { eventually, startFixtureCloud } from './fixtures/cloud.js';

let cloud: LocalCloud;
const hotDir = mkdtempSync(join(tmpdir(), 'lantern-hot-'));
const hotEntry = join(hotDir, 'hot.ts');

/** A function whose source the test edits while the cloud runs. */
const hotManifest = defineService({
  name: 'hot',
  eventSource: 'lantern.hot',
  tables: {},
  functions: {
    hot: {
      entry: hotEntry,
      description: 'Answers with its version',
      routes: [fixtureRoute('GET', '/hot', 'public')],
      permissions: [],
    },
  },
});

beforeAll(async () => {
  writeFileSync(hotEntry, "export const handler = async () => ({ version: 'one' });\n");
  ({ cloud } = await startFixtureCloud({ manifests: [hotManifest], watch: true }));
}, 60_000);

afterAll(async () => {
  await cloud?.stop();
  rmSync(hotDir, { recursive: true, force: true });
});

async function token(username = 'coordinator@example.org', extra: Record<string, unknown> = {}) {
  const response = await fetch(`${cloud.urls.api}/_local/token`, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify({ username, ...extra }),
  });
  return (await response.json()) as { access_token: string; id_token: string; token_type: string; expires_in: number };
}

const get = (path: string, headers: Record<string, string> = {}) => fetch(`${cloud.urls.api}${path}`, { headers });

describe('the HTTP API', () => {
  it('turns a request into a payload 2.0 event with lower-cased headers, cookies and parameters', async () => {
    // Act
    const response = await fetch(`${cloud.urls.api}/public/a%20b?tag=x&tag=y&q=1`, {
      method: 'POST',
      headers: { 'Content-Type': 'application/json', Cookie: 'c=1; d=2', 'X-Custom': 'Yes' },
      body: JSON.stringify({ hello: 'world' }),
    });
    const { event } = (await response.json()) as { event: APIGatewayProxyEventV2WithJWTAuthorizer };

    // Assess
    expect(response.status).toBe(200);
    expect(event.version).toBe('2.0');
    expect(event.routeKey).toBe('POST /public/{itemId}');
    expect(event.rawPath).toBe('/public/a%20b');
    expect(event.rawQueryString).toBe('tag=x&tag=y&q=1');
    expect(event.queryStringParameters).toEqual({ tag: 'x,y', q: '1' });
    expect(event.pathParameters).toEqual({ itemId: 'a b' });
    expect(event.cookies).toEqual(['c=1', 'd=2']);
    expect(event.headers['x-custom']).toBe('Yes');
    expect(event.headers.cookie).toBeUndefined();
    expect(event.body).toBe('{"hello":"world"}');
    expect(event.isBase64Encoded).toBe(false);
    expect(event.requestContext.http).toMatchObject({ method: 'POST', path: '/public/a%20b', sourceIp: '127.0.0.1' });
    expect(event.requestContext.requestId).toBe(response.headers.get('apigw-requestid'));
    expect(event.requestContext.time).toMatch(/^\d{2}\/[A-Z][a-z]{2}\/\d{4}:\d{2}:\d{2}:\d{2} \+0000$/);
    expect(event.requestContext.authorizer).toBeUndefined();
  });

  it('base64-encodes a binary body', async () => {
    // Act
    const response = await fetch(`${cloud.urls.api}/public/bin`, {
      method: 'POST',
      headers: { 'content-type': 'application/octet-stream' },
      body: new Uint8Array([0, 1, 2, 255]),
    });
    const { event } = (await response.json()) as { event: { body: string; isBase64Encoded: boolean } };

    // Assess
    expect(event.isBase64Encoded).toBe(true);
    expect(Buffer.from(event.body, 'base64')).toEqual(Buffer.from([0, 1, 2, 255]));
  });

  it('maps a full response with headers and cookies, and a plain object or string as a 200', async () => {
    // Act
    const full = await get('/public/full');
    const plain = await get('/public/plain');
    const text = await get('/public/text');

    // Assess
    expect(full.headers.get('x-fixture')).toBe('echo');
    expect(full.headers.getSetCookie()).toEqual(['a=1; Path=/', 'b=2']);
    expect(plain.status).toBe(200);
    expect(plain.headers.get('content-type')).toBe('application/json');
    expect(await plain.json()).toEqual({ hello: 'plain object' });
    expect(await text.text()).toBe('just text');
  });

  it('gives each function exactly its manifest environment plus the runtime and endpoint variables', async () => {
    // Act
    const { env } = (await (await get('/public/env')).json()) as { env: Record<string, string | null> };

    // Assess
    expect(env).toMatchObject({
      LANTERN_TABLE_MAIN: 'lantern-fixture-main',
      AWS_LAMBDA_FUNCTION_NAME: 'lantern-fixture-echo',
      AWS_ENDPOINT_URL_DYNAMODB: cloud.urls.dynamodb,
      GREETING: 'bonjour',
      PATH: null,
      HOME: null,
    });
  });

  it('answers 500 problem+json when the function throws or times out', async () => {
    // Act
    const thrown = await get('/public/boom');
    const timedOut = await get('/slow');

    // Assess
    expect(thrown.status).toBe(500);
    expect(thrown.headers.get('content-type')).toBe('application/problem+json');
    expect(timedOut.status).toBe(500);
  });

  it('answers 404 problem+json for an unknown route or method', async () => {
    // Act
    const unknown = await get('/nowhere');
    const wrongMethod = await fetch(`${cloud.urls.api}/items`, { method: 'DELETE' });

    // Assess
    expect(unknown.status).toBe(404);
    expect(unknown.headers.get('content-type')).toBe('application/problem+json');
    expect(await unknown.json()).toMatchObject({ type: 'https://lantern.dev/problems/not-found', status: 404 });
    expect(wrongMethod.status).toBe(404);
  });

  it('bundles a function again when its source changes (watch mode)', async () => {
    // Prepare
    expect(await (await get('/hot')).json()).toEqual({ version: 'one' });

    // Act
    writeFileSync(hotEntry, "export const handler = async () => ({ version: 'two' });\n");

    // Assess
    await eventually(
      async () => ((await (await get('/hot')).json()) as { version: string }).version === 'two' || undefined,
    );
  });

  it('refuses a body over 10 MB with 413', async () => {
    // Act
    const response = await fetch(`${cloud.urls.api}/public/big`, {
      method: 'POST',
      headers: { 'content-type': 'text/plain' },
      body: 'x'.repeat(10 * 1024 * 1024 + 1),
    });

    // Assess
    expect(response.status).toBe(413);
  });

  it('answers a CORS preflight from the web app and adds the origin to answers', async () => {
    // Act
    const preflight = await fetch(`${cloud.urls.api}/private/x`, {
      method: 'OPTIONS',
      headers: {
        origin: 'http://localhost:5173',
        'access-control-request-method': 'GET',
        'access-control-request-headers': 'authorization',
      },
    });
    const answer = await get('/public/x', { origin: 'http://localhost:5173' });
    const stranger = await get('/public/x', { origin: 'http://evil.example' });

    // Assess
    expect(preflight.status).toBe(204);
    expect(preflight.headers.get('access-control-allow-origin')).toBe('http://localhost:5173');
    expect(preflight.headers.get('access-control-allow-headers')).toContain('authorization');
    expect(answer.headers.get('access-control-allow-origin')).toBe('http://localhost:5173');
    expect(stranger.headers.get('access-control-allow-origin')).toBeNull();
  });
});

describe('the JWT authorizer', () => {
  const expectUnauthorized = async (response: Response) => {
    expect(response.status).toBe(401);
    expect(response.headers.get('content-type')).toBe('application/problem+json');
    expect(await response.json()).toMatchObject({
      type: 'https://lantern.dev/problems/unauthorized',
      title: 'Unauthorized',
      status: 401,
    });
  };

  it('passes a valid access token and hands its claims to the function as API Gateway does', async () => {
    // Prepare
    const { access_token } = await token('peer@example.org');

    // Act
    const response = await get('/private/1', { authorization: `Bearer ${access_token}` });
    const { event } = (await response.json()) as { event: APIGatewayProxyEventV2WithJWTAuthorizer };

    // Assess: the function, not the gateway, checks the role (here a peer on a coordinator route).
    expect(response.status).toBe(200);
    const { claims, scopes } = event.requestContext.authorizer.jwt;
    expect(claims['cognito:groups']).toBe('[peer]');
    expect(claims.token_use).toBe('access');
    expect(claims.username).toBe('peer@example.org');
    expect(claims.client_id).toBe(cloud.config.LANTERN_CLIENT_ID);
    expect(claims.iss).toBe(cloud.urls.issuer);
    expect(claims.exp).toMatch(/^\d+$/);
    expect(scopes).toContain('openid');
  });

  it('passes a valid id token, whose audience is the client id', async () => {
    // Prepare
    const { id_token } = await token();

    // Act
    const response = await get('/private/1', { authorization: id_token });

    // Assess
    expect(response.status).toBe(200);
  });

  it('refuses a missing, garbage, expired, unsigned, tampered or foreign token', async () => {
    // Prepare
    const { access_token } = await token();
    const expired = (await token('coordinator@example.org', { expiresInSeconds: -120 })).access_token;
    const [header, payload, signature] = access_token.split('.') as [string, string, string];
    const claims = JSON.parse(Buffer.from(payload, 'base64url').toString());
    const forged = Buffer.from(JSON.stringify({ ...claims, 'cognito:groups': ['admin'] })).toString('base64url');
    const tampered = `${header}.${forged}.${signature}`;
    const none = `${Buffer.from(JSON.stringify({ alg: 'none', typ: 'JWT' })).toString('base64url')}.${payload}.`;
    const { privateKey } = await generateKeyPair('RS256');
    const foreign = await new SignJWT(claims).setProtectedHeader({ alg: 'RS256', kid: 'x' }).sign(privateKey);

    // Act / Assess
    await expectUnauthorized(await get('/private/1'));
    await expectUnauthorized(await get('/private/1', { authorization: 'Bearer garbage' }));
    await expectUnauthorized(await get('/private/1', { authorization: `Bearer ${expired}` }));
    await expectUnauthorized(await get('/private/1', { authorization: `Bearer ${none}` }));
    await expectUnauthorized(await get('/private/1', { authorization: `Bearer ${tampered}` }));
    await expectUnauthorized(await get('/private/1', { authorization: `Bearer ${foreign}` }));
  });
});

describe('the local issuer', () => {
  it('publishes discovery and a JWKS for its issuer URL under the API origin', async () => {
    // Act
    const discovery = (await (await get('/oidc/.well-known/openid-configuration')).json()) as Record<string, string>;
    const jwks = (await (await fetch(discovery.jwks_uri as string)).json()) as { keys: Record<string, string>[] };

    // Assess
    expect(discovery.issuer).toBe(cloud.urls.issuer);
    expect(cloud.urls.issuer).toMatch(/^http:\/\/localhost:\d+\/oidc$/);
    expect(jwks.keys[0]).toMatchObject({ kty: 'RSA', alg: 'RS256', use: 'sig' });
    expect(jwks.keys[0]?.d).toBeUndefined();
  });

  it('mints Cognito-shaped tokens for seeded users and refuses unknown ones', async () => {
    // Act
    const tokens = await token('admin@example.org');
    const unknown = await fetch(`${cloud.urls.api}/_local/token`, {
      method: 'POST',
      body: JSON.stringify({ username: 'nobody@example.org' }),
    });
    const idClaims = JSON.parse(Buffer.from(tokens.id_token.split('.')[1] as string, 'base64url').toString());

    // Assess
    expect(tokens.token_type).toBe('Bearer');
    expect(tokens.expires_in).toBe(3600);
    expect(idClaims).toMatchObject({
      token_use: 'id',
      aud: cloud.config.LANTERN_CLIENT_ID,
      email: 'admin@example.org',
      'cognito:groups': ['admin'],
    });
    expect(unknown.status).toBe(400);
    expect(unknown.headers.get('content-type')).toBe('application/problem+json');
  });

  it('lists the emulated endpoints', async () => {
    // Act
    const endpoints = (await (await get('/_local/endpoints')).json()) as Record<string, string>;

    // Assess
    expect(endpoints).toMatchObject({
      dynamodb: cloud.urls.dynamodb,
      eventbridge: cloud.urls.eventbridge,
      sesv2: cloud.urls.sesv2,
      scheduler: cloud.urls.scheduler,
      issuer: cloud.urls.issuer,
    });
  });
});
