import { randomUUID } from 'node:crypto';
import { SignJWT } from 'jose';
import { SIGNING_ALG, type SigningKey } from './keys.js';
import type { SeededUser } from './users.js';

export interface TokenSet {
  access_token: string;
  id_token: string;
  token_type: 'Bearer';
  expires_in: number;
}

export interface MintOptions {
  /** Lifetime in seconds; negative mints an already expired token (for tests). Default 3600. */
  expiresInSeconds?: number;
}

const DEFAULT_LIFETIME_SECONDS = 3600;

/** Access and id tokens with the claims Cognito user pools put in theirs. */
export async function mintTokens(input: {
  key: SigningKey;
  issuerUrl: string;
  clientId: string;
  user: SeededUser;
  expiresInSeconds?: number;
}): Promise<TokenSet> {
  const { key, issuerUrl, clientId, user } = input;
  const lifetime = input.expiresInSeconds ?? DEFAULT_LIFETIME_SECONDS;
  const now = Math.floor(Date.now() / 1000);
  // An expired token must also have been issued before it expired.
  const issuedAt = Math.min(now, now + lifetime - 60);
  const expiresAt = now + lifetime;
  const shared = {
    'cognito:groups': user.groups,
    origin_jti: randomUUID(),
    event_id: randomUUID(),
    auth_time: issuedAt,
  };
  const sign = (claims: Record<string, unknown>) =>
    new SignJWT({ ...shared, ...claims })
      .setProtectedHeader({ alg: SIGNING_ALG, kid: key.kid })
      .setIssuer(issuerUrl)
      .setSubject(user.sub)
      .setIssuedAt(issuedAt)
      .setExpirationTime(expiresAt)
      .setJti(randomUUID())
      .sign(key.privateKey);
  const [accessToken, idToken] = await Promise.all([
    sign({ token_use: 'access', client_id: clientId, scope: 'openid email profile', username: user.username }),
    sign({
      token_use: 'id',
      aud: clientId,
      email: user.email,
      email_verified: true,
      'cognito:username': user.username,
    }),
  ]);
  return { access_token: accessToken, id_token: idToken, token_type: 'Bearer', expires_in: lifetime };
}
