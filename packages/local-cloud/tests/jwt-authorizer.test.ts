import { importJWK, SignJWT } from 'jose';
import { beforeAll, describe, expect, it } from 'vitest';
import { createJwtAuthorizer, flattenClaims } from '../src/api-gateway/jwt-authorizer.js';
import { createIssuer, type Issuer } from '../src/issuer/index.js';

const ISSUER_URL = 'http://localhost:3999/oidc';
let issuer: Issuer;
let authorize: ReturnType<typeof createJwtAuthorizer>;

beforeAll(async () => {
  issuer = await createIssuer({ dataDir: '/unused', issuerUrl: ISSUER_URL, persist: false });
  authorize = createJwtAuthorizer({ issuer: ISSUER_URL, audience: [issuer.clientId], jwks: issuer.jwks });
});

/** Signs arbitrary claims with the issuer's own key, so only the claims can be wrong. */
async function signed(claims: Record<string, unknown>): Promise<string> {
  const key = await importJWK(issuer.signingJwk, 'RS256');
  return new SignJWT(claims)
    .setProtectedHeader({ alg: 'RS256', kid: issuer.signingJwk.kid as string })
    .sign(key as Parameters<SignJWT['sign']>[0]);
}

const now = () => Math.floor(Date.now() / 1000);
const good = () => ({ iss: ISSUER_URL, client_id: issuer.clientId, sub: 'u', iat: now(), exp: now() + 600 });

describe('the JWT authorizer', () => {
  it('accepts a token signed by the issuer with the right issuer, client id and lifetime', async () => {
    // Act
    const verdict = await authorize(`Bearer ${await signed(good())}`);

    // Assess
    expect(verdict.ok).toBe(true);
  });

  it('accepts a token without the Bearer prefix, as API Gateway does', async () => {
    // Act
    const verdict = await authorize(await signed(good()));

    // Assess
    expect(verdict.ok).toBe(true);
  });

  it.each([
    ['another issuer', { iss: 'http://elsewhere/oidc' }],
    ['another audience', { client_id: 'someone-else' }],
    ['an expiry in the past', { exp: now() - 5 }],
    ['no expiry', { exp: undefined }],
    ['a not-before in the future', { nbf: now() + 600 }],
    ['an issue time in the future', { iat: now() + 600 }],
  ])('refuses a token with %s', async (_case, override) => {
    // Prepare
    const claims: Record<string, unknown> = { ...good(), ...override };
    for (const key of Object.keys(claims)) if (claims[key] === undefined) delete claims[key];

    // Act
    const verdict = await authorize(`Bearer ${await signed(claims)}`);

    // Assess
    expect(verdict.ok).toBe(false);
  });

  it('accepts an id token whose aud is the client id', async () => {
    // Act
    const { client_id: _clientId, ...rest } = good();
    const verdict = await authorize(`Bearer ${await signed({ ...rest, aud: issuer.clientId })}`);

    // Assess
    expect(verdict.ok).toBe(true);
  });

  it('accepts what the issuer mints for a seeded user', async () => {
    // Prepare
    const tokens = await issuer.mint('coordinator@example.org');

    // Act
    const access = await authorize(`Bearer ${tokens?.access_token}`);
    const id = await authorize(`Bearer ${tokens?.id_token}`);

    // Assess
    expect(access.ok && id.ok).toBe(true);
  });

  it('flattens claims to strings as API Gateway hands them to functions', () => {
    // Act
    const claims = flattenClaims({ 'cognito:groups': ['coordinator', 'admin'], exp: 12, nested: { a: 1 }, sub: 's' });

    // Assess
    expect(claims).toEqual({ 'cognito:groups': '[coordinator admin]', exp: '12', nested: '{"a":1}', sub: 's' });
  });
});
