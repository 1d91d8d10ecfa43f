import { createHmac, timingSafeEqual } from 'node:crypto';
import type { KeyRing, SigningKey } from './key-ring.js';

/**
 * Signed, expiring tokens for links (`/links/{token}`, unsubscribe, calendar feeds, cursors).
 *
 *   <key id>.<payload>.<mac>      payload = base64url(JSON {p: purpose, s: [subject ids], e: expiry})
 *                                 mac     = base64url(HMAC-SHA256(key, "<key id>.<payload>"))
 *
 * The ids are readable but covered by the MAC, so an edited id is a refused token. The MAC is over
 * the token's exact text and compared as canonical text, so even an edit that base64 decoding
 * would forgive (unused trailing bits) is refused.
 */
export const TOKEN_PURPOSES = ['session-link', 'unsubscribe', 'plan-share', 'calendar-feed', 'cursor'] as const;
export type TokenPurpose = (typeof TOKEN_PURPOSES)[number];

/** Why a token was refused: for logs and tests; a caller answers 403 to all of them alike. */
export const TOKEN_REFUSALS = {
  malformed: 'malformed',
  unknownKey: 'unknown_key',
  badSignature: 'bad_signature',
  expired: 'expired',
  wrongPurpose: 'wrong_purpose',
} as const;
export type TokenRefusal = (typeof TOKEN_REFUSALS)[keyof typeof TOKEN_REFUSALS];

export interface TokenClaims {
  purpose: TokenPurpose;
  /** The ids the token acts on (a session id, a peer id, ...), in the order they were signed. */
  subjects: readonly string[];
  /** Seconds since the epoch; the token is refused from this second on. */
  expiresAt: number;
}

export type TokenCheck = { ok: true; claims: TokenClaims } | { ok: false; refusal: TokenRefusal };

const MAX_TOKEN_LENGTH = 4096;
const MAX_SUBJECTS = 8;
const SEGMENT = /^[A-Za-z0-9_-]+$/;

function macOf(key: SigningKey, signedText: string): string {
  return createHmac('sha256', key.secret).update(signedText).digest('base64url');
}

function validSubject(subject: unknown): subject is string {
  return typeof subject === 'string' && subject.length > 0 && subject.length <= 512;
}

/** A token for `claims`, signed with the ring's current key. */
export function signToken(ring: KeyRing, claims: TokenClaims): string {
  if (!TOKEN_PURPOSES.includes(claims.purpose)) throw new RangeError('Unknown token purpose');
  if (!Number.isInteger(claims.expiresAt)) throw new RangeError('expiresAt must be whole seconds');
  if (claims.subjects.length > MAX_SUBJECTS || !claims.subjects.every(validSubject)) {
    throw new RangeError(`A token carries 0 to ${MAX_SUBJECTS} subjects of 1 to 512 characters`);
  }
  const payload = Buffer.from(
    JSON.stringify({ p: claims.purpose, s: claims.subjects, e: claims.expiresAt }),
    'utf8',
  ).toString('base64url');
  const signedText = `${ring.current.id}.${payload}`;
  return `${signedText}.${macOf(ring.current, signedText)}`;
}

function claimsOf(payload: string): TokenClaims | undefined {
  let raw: unknown;
  try {
    raw = JSON.parse(Buffer.from(payload, 'base64url').toString('utf8'));
  } catch {
    return undefined;
  }
  const { p, s, e } = (raw ?? {}) as { p?: unknown; s?: unknown; e?: unknown };
  const purposeKnown = typeof p === 'string' && (TOKEN_PURPOSES as readonly string[]).includes(p);
  if (!purposeKnown || !Array.isArray(s) || !s.every(validSubject) || !Number.isInteger(e)) return undefined;
  return { purpose: p as TokenPurpose, subjects: s, expiresAt: e as number };
}

/**
 * Checks the MAC (with the key named in the token: the ring's current or previous one), then the
 * purpose, then the expiry. `now` is passed in so that the check is pure.
 */
export function verifyToken(ring: KeyRing, token: string, expected: { purpose: TokenPurpose; now: Date }): TokenCheck {
  const refuse = (refusal: TokenRefusal): TokenCheck => ({ ok: false, refusal });
  if (typeof token !== 'string' || token.length > MAX_TOKEN_LENGTH) return refuse(TOKEN_REFUSALS.malformed);
  const parts = token.split('.');
  if (parts.length !== 3 || !parts.every((part) => SEGMENT.test(part))) return refuse(TOKEN_REFUSALS.malformed);
  const [keyId, payload, mac] = parts as [string, string, string];
  const key = [ring.current, ring.previous].find((candidate) => candidate?.id === keyId);
  if (!key) return refuse(TOKEN_REFUSALS.unknownKey);
  const expectedMac = Buffer.from(macOf(key, `${keyId}.${payload}`), 'ascii');
  const givenMac = Buffer.from(mac, 'ascii');
  // The MAC's length is public (always 43 characters), so checking it first leaks nothing.
  if (givenMac.length !== expectedMac.length || !timingSafeEqual(givenMac, expectedMac)) {
    return refuse(TOKEN_REFUSALS.badSignature);
  }
  const claims = claimsOf(payload);
  if (!claims) return refuse(TOKEN_REFUSALS.malformed);
  if (claims.purpose !== expected.purpose) return refuse(TOKEN_REFUSALS.wrongPurpose);
  if (Math.floor(expected.now.getTime() / 1000) >= claims.expiresAt) return refuse(TOKEN_REFUSALS.expired);
  return { ok: true, claims };
}
