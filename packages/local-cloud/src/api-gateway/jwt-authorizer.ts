import { createLocalJWKSet, decodeProtectedHeader, type JSONWebKeySet, type JWTPayload, jwtVerify } from 'jose';

export interface AuthorizerConfig {
  issuer: string;
  /** Accepted `aud` (id tokens) or `client_id` (access tokens) values. */
  audience: readonly string[];
  jwks: JSONWebKeySet;
}

export type AuthorizerResult =
  | { ok: true; claims: Record<string, string>; scopes: string[] | null }
  | { ok: false; reason: string };

/**
 * The HTTP API JWT authorizer's checks: a token in `Authorization` (with or without `Bearer`),
 * an RS256 signature from a key in the issuer's JWKS (so `alg: none` and tampered tokens fail),
 * `iss`, `aud` or `client_id` in the audience, `exp` present and in the future, `nbf` and `iat`
 * not in the future. Role checks are the function's job, as in AWS.
 */
export function createJwtAuthorizer(
  config: AuthorizerConfig,
): (authorization: string | undefined) => Promise<AuthorizerResult> {
  const keys = createLocalJWKSet(config.jwks);
  return async (authorization) => {
    if (!authorization) return { ok: false, reason: 'missing token' };
    const token = authorization.replace(/^Bearer\s+/i, '').trim();
    let payload: JWTPayload;
    try {
      const header = decodeProtectedHeader(token);
      if (header.alg !== 'RS256') return { ok: false, reason: `unsupported alg ${String(header.alg)}` };
      ({ payload } = await jwtVerify(token, keys, {
        issuer: config.issuer,
        algorithms: ['RS256'],
        requiredClaims: ['exp'],
      }));
    } catch (error) {
      return { ok: false, reason: (error as Error).message };
    }
    const audiences = [payload.aud ?? [], payload.client_id ?? []].flat().map(String);
    if (!audiences.some((value) => config.audience.includes(value))) return { ok: false, reason: 'audience mismatch' };
    if (typeof payload.iat === 'number' && payload.iat > Date.now() / 1000) {
      return { ok: false, reason: 'token issued in the future' };
    }
    const scopes = typeof payload.scope === 'string' ? payload.scope.split(' ').filter(Boolean) : null;
    return { ok: true, claims: flattenClaims(payload), scopes };
  };
}

/**
 * API Gateway hands claims to the function as strings: numbers as their digits, arrays as
 * `[a b]` (so `cognito:groups` reads `[coordinator]`), objects as JSON.
 */
export function flattenClaims(payload: JWTPayload): Record<string, string> {
  const claims: Record<string, string> = {};
  for (const [name, value] of Object.entries(payload)) {
    if (Array.isArray(value)) claims[name] = `[${value.map(String).join(' ')}]`;
    else if (value !== null && typeof value === 'object') claims[name] = JSON.stringify(value);
    else claims[name] = String(value);
  }
  return claims;
}
