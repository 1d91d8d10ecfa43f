import type { IncomingMessage, ServerResponse } from 'node:http';
import { sendJson } from '../http/server.js';
import type { Issuer } from './index.js';
import { handleSignInRequest } from './sign-in.js';

/**
 * Serves the issuer's discovery document and JWKS under `<api>/oidc`. Returns false for any
 * other path so the caller answers 404.
 *
 * SEAM for the interactive sign-in: oidc-provider (configured with `issuer.issuerUrl`,
 * `jwks: { keys: [issuer.signingJwk] }` and the seeded users) is added in new files in this folder
 * and takes over the remaining `/oidc/*` paths (authorization, token, interaction) here, before
 * the `return false`.
 */
export function handleIssuerRequest(issuer: Issuer, path: string, req: IncomingMessage, res: ServerResponse): boolean {
  // The interactive sign-in (sign-in.ts) serves every `/oidc/*` path, discovery and JWKS included.
  if (handleSignInRequest(issuer, path, req, res)) return true;
  if (req.method !== 'GET' && req.method !== 'HEAD') return false;
  if (path === '/oidc/.well-known/openid-configuration') {
    sendJson(res, 200, issuer.discovery(), { 'cache-control': 'no-store' });
    return true;
  }
  if (path === '/oidc/jwks') {
    sendJson(res, 200, issuer.jwks, { 'content-type': 'application/jwk-set+json' });
    return true;
  }
  return false;
}
