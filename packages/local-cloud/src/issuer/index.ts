import { join } from 'node:path';
import type { JSONWebKeySet, JWK } from 'jose';
import { loadOrCreateSigningKey } from './keys.js';
import { type MintOptions, mintTokens, type TokenSet } from './tokens.js';
import { findSeededUser, SEEDED_USERS, type SeededUser } from './users.js';

/** The app client id the local HTTP API's JWT authorizer accepts as audience. */
export const LOCAL_CLIENT_ID = 'lantern-local-web';

export interface Issuer {
  issuerUrl: string;
  clientId: string;
  /** Public keys, served at `<issuer>/jwks`. */
  jwks: JSONWebKeySet;
  /** The private signing key as a JWK: the interactive sign-in (oidc-provider) signs with it too. */
  signingJwk: JWK;
  users: readonly SeededUser[];
  /** Cognito-shaped access and id tokens for a seeded user; null for an unknown user. */
  mint(username: string, options?: MintOptions): Promise<TokenSet | null>;
  /** OpenID Connect discovery document. */
  discovery(): Record<string, unknown>;
}

/**
 * The local token issuer. Its key is kept in `<dataDir>/issuer/` unless `persist` is false, so
 * tokens survive restarts. The interactive code + PKCE sign-in page (oidc-provider) is added next
 * to this file on the SAME issuer URL and key: see `http.ts` for where its routes mount.
 */
export async function createIssuer(options: {
  dataDir: string;
  issuerUrl: string;
  persist?: boolean;
}): Promise<Issuer> {
  const key = await loadOrCreateSigningKey(
    options.persist === false ? undefined : join(options.dataDir, 'issuer', 'signing-key.json'),
  );
  const { issuerUrl } = options;
  return {
    issuerUrl,
    clientId: LOCAL_CLIENT_ID,
    jwks: { keys: [key.publicJwk] },
    signingJwk: key.privateJwk,
    users: SEEDED_USERS,
    async mint(username, mintOptions) {
      const user = findSeededUser(username);
      if (!user) return null;
      return mintTokens({ key, issuerUrl, clientId: LOCAL_CLIENT_ID, user, ...mintOptions });
    },
    discovery: () => ({
      issuer: issuerUrl,
      jwks_uri: `${issuerUrl}/jwks`,
      response_types_supported: ['code'],
      subject_types_supported: ['public'],
      id_token_signing_alg_values_supported: ['RS256'],
      scopes_supported: ['openid', 'email', 'profile'],
      claims_supported: ['sub', 'email', 'cognito:groups', 'cognito:username'],
      code_challenge_methods_supported: ['S256'],
    }),
  };
}

export type { MintOptions, SeededUser, TokenSet };
