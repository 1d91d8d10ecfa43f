import { createHash, randomBytes } from 'node:crypto';
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { decodeJwt } from 'jose';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createJwtAuthorizer } from '../api-gateway/jwt-authorizer.js';
import { createIssuer, type Issuer } from './index.js';
import { handleSignInRequest, LOCAL_PASSWORD } from './sign-in.js';

const WEB = 'http://localhost:45555';
const REDIRECT = `${WEB}/staff/callback`;
let server: Server;
let issuer: Issuer;
let base: string;

beforeAll(async () => {
  server = createServer();
  await new Promise<void>((resolve) => server.listen(0, 'localhost', resolve));
  base = `http://localhost:${(server.address() as AddressInfo).port}`;
  issuer = await createIssuer({ dataDir: '/nonexistent', issuerUrl: `${base}/oidc`, persist: false });
  server.on('request', (req, res) => {
    if (!handleSignInRequest(issuer, new URL(req.url ?? '/', base).pathname, req, res)) res.writeHead(404).end();
  });
});

afterAll(() => new Promise<void>((resolve) => server.close(() => resolve())));

/** A browser's part of the code + PKCE flow, with a cookie jar, up to the code on the redirect. */
async function signIn(username: string, password: string) {
  const cookies = new Map<string, string>();
  const send = async (url: string, init: RequestInit = {}) => {
    const headers = {
      ...(init.headers as Record<string, string>),
      cookie: [...cookies].map((c) => c.join('=')).join('; '),
    };
    const response = await fetch(new URL(url, base), { ...init, headers, redirect: 'manual' });
    for (const line of response.headers.getSetCookie()) {
      const [name, value] = (line.split(';')[0] ?? '').split('=');
      if (name) cookies.set(name, value ?? '');
    }
    return response;
  };
  const verifier = randomBytes(32).toString('base64url');
  const challenge = createHash('sha256').update(verifier).digest('base64url');
  const query = new URLSearchParams({
    client_id: issuer.clientId,
    response_type: 'code',
    scope: 'openid email profile',
    redirect_uri: REDIRECT,
    code_challenge: challenge,
    code_challenge_method: 'S256',
    state: 'xyz',
  });
  const start = await send(`/oidc/auth?${query}`);
  const page = start.headers.get('location') ?? '';
  const form = await send(page);
  const html = await form.text();
  let response = await send(page, {
    method: 'POST',
    headers: { 'content-type': 'application/x-www-form-urlencoded' },
    body: new URLSearchParams({ username, password }).toString(),
  });
  for (let hops = 0; hops < 5 && response.status === 303; hops++) {
    const next = response.headers.get('location') ?? '';
    if (next.startsWith(REDIRECT)) return { html, code: new URL(next).searchParams.get('code'), verifier };
    response = await send(next);
  }
  return { html, code: null, verifier, status: response.status };
}

describe('the local sign-in page (oidc-provider)', () => {
  it('signs a seeded user in with code + PKCE and issues tokens the API authorizer accepts', async () => {
    // Prepare
    const { html, code, verifier } = await signIn('coordinator@example.org', LOCAL_PASSWORD);

    // Act
    const response = await fetch(`${base}/oidc/token`, {
      method: 'POST',
      headers: { 'content-type': 'application/x-www-form-urlencoded', origin: WEB },
      body: new URLSearchParams({
        grant_type: 'authorization_code',
        code: code ?? '',
        redirect_uri: REDIRECT,
        client_id: issuer.clientId,
        code_verifier: verifier,
      }),
    });
    const tokens = (await response.json()) as { access_token: string; id_token: string };

    // Assess
    expect(html).toContain('<label for="password">');
    expect(response.headers.get('access-control-allow-origin')).toBe(WEB);
    expect(decodeJwt(tokens.access_token)).toMatchObject({
      'cognito:groups': ['coordinator'],
      client_id: issuer.clientId,
      token_use: 'access',
      scope: 'openid email profile',
    });
    expect(decodeJwt(tokens.id_token)).toMatchObject({ email: 'coordinator@example.org', aud: issuer.clientId });
    const authorize = createJwtAuthorizer({ issuer: issuer.issuerUrl, audience: [issuer.clientId], jwks: issuer.jwks });
    expect(await authorize(`Bearer ${tokens.access_token}`)).toMatchObject({ ok: true });
  });

  it('refuses a wrong password and shows the page again with an error', async () => {
    // Prepare, Act
    const result = await signIn('peer@example.org', 'not the password');

    // Assess
    expect(result.code).toBeNull();
    expect(result.status).toBe(401);
  });

  it('publishes discovery with the endpoints a code + PKCE client needs', async () => {
    // Prepare, Act
    const discovery = (await (await fetch(`${base}/oidc/.well-known/openid-configuration`)).json()) as Record<
      string,
      unknown
    >;

    // Assess
    expect(discovery).toMatchObject({
      issuer: `${base}/oidc`,
      authorization_endpoint: `${base}/oidc/auth`,
      token_endpoint: `${base}/oidc/token`,
      jwks_uri: `${base}/oidc/jwks`,
      code_challenge_methods_supported: ['S256'],
    });
  });
});
