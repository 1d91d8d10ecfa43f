import { randomUUID } from 'node:crypto';
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { dirname } from 'node:path';
import { exportJWK, generateKeyPair, importJWK, type JWK, type SignJWT } from 'jose';

type PrivateKey = Parameters<SignJWT['sign']>[0];

export interface SigningKey {
  kid: string;
  privateKey: PrivateKey;
  /** Private JWK, for another library on the same issuer (oidc-provider's `jwks.keys`). */
  privateJwk: JWK;
  publicJwk: JWK;
}

export const SIGNING_ALG = 'RS256';

/**
 * One RS256 key pair. Kept in `path` when given, so tokens minted before a restart still verify;
 * without a path (in-memory runs) a fresh pair is made.
 */
export async function loadOrCreateSigningKey(path?: string): Promise<SigningKey> {
  if (path) {
    try {
      const stored = JSON.parse(readFileSync(path, 'utf8')) as JWK;
      if (stored.kid) return fromPrivateJwk(stored);
    } catch {
      // Missing or unreadable: make a new one below.
    }
  }
  const { privateKey } = await generateKeyPair(SIGNING_ALG, { extractable: true });
  const privateJwk = { ...(await exportJWK(privateKey)), kid: randomUUID(), alg: SIGNING_ALG, use: 'sig' };
  if (path) {
    mkdirSync(dirname(path), { recursive: true });
    writeFileSync(path, JSON.stringify(privateJwk), { mode: 0o600 });
  }
  return fromPrivateJwk(privateJwk);
}

async function fromPrivateJwk(privateJwk: JWK): Promise<SigningKey> {
  const privateKey = (await importJWK(privateJwk, SIGNING_ALG)) as PrivateKey;
  const { kty, n, e, kid, alg, use } = privateJwk;
  return { kid: kid as string, privateKey, privateJwk, publicJwk: { kty, n, e, kid, alg, use } };
}
