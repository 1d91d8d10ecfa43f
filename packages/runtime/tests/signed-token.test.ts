import { randomBytes } from 'node:crypto';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  KeyRingConfigError,
  keyRingFromEnvironment,
  parseKeyRing,
  signToken,
  TOKEN_PURPOSES,
  TOKEN_REFUSALS,
  type TokenClaims,
  verifyToken,
} from '../src/index.js';

const secret = () => randomBytes(32).toString('base64');
const ringJson = (current: { id: string; secret: string }, previous?: { id: string; secret: string }) =>
  JSON.stringify(previous ? { current, previous } : { current });

const oldKey = { id: 'k2026', secret: secret() };
const newKey = { id: 'k2027', secret: secret() };
const now = new Date('2027-03-01T12:00:00Z');
const nowSeconds = now.getTime() / 1000;
const claims: TokenClaims = {
  purpose: 'session-link',
  subjects: ['se_01J0000000000000000000000A'],
  expiresAt: nowSeconds + 3600,
};

describe('signing and verifying a link token', () => {
  it('verifies a token it signed, giving back the claims', () => {
    // Prepare
    const ring = parseKeyRing(ringJson(newKey));
    // Act
    const check = verifyToken(ring, signToken(ring, claims), { purpose: 'session-link', now });
    // Assess
    expect(check).toEqual({ ok: true, claims });
  });

  it('refuses a token meant for another purpose', () => {
    const ring = parseKeyRing(ringJson(newKey));
    const token = signToken(ring, { ...claims, purpose: 'unsubscribe' });
    expect(verifyToken(ring, token, { purpose: 'session-link', now })).toEqual({
      ok: false,
      refusal: TOKEN_REFUSALS.wrongPurpose,
    });
  });

  it('accepts a token until the second before it expires and refuses it from that second on', () => {
    const ring = parseKeyRing(ringJson(newKey));
    const token = signToken(ring, claims);
    const at = (seconds: number) => new Date(seconds * 1000);
    expect(verifyToken(ring, token, { purpose: 'session-link', now: at(claims.expiresAt - 1) }).ok).toBe(true);
    expect(verifyToken(ring, token, { purpose: 'session-link', now: at(claims.expiresAt) })).toEqual({
      ok: false,
      refusal: TOKEN_REFUSALS.expired,
    });
  });

  it('refuses a token signed with a key that is not in the ring', () => {
    const signer = parseKeyRing(ringJson({ id: 'other', secret: secret() }));
    const verifier = parseKeyRing(ringJson(newKey, oldKey));
    const check = verifyToken(verifier, signToken(signer, claims), { purpose: 'session-link', now });
    expect(check).toEqual({ ok: false, refusal: TOKEN_REFUSALS.unknownKey });
  });

  it('refuses a token whose key id was swapped for another key of the ring', () => {
    const ring = parseKeyRing(ringJson(newKey, oldKey));
    const token = signToken(ring, claims).replace(/^k2027\./, 'k2026.');
    expect(verifyToken(ring, token, { purpose: 'session-link', now })).toEqual({
      ok: false,
      refusal: TOKEN_REFUSALS.badSignature,
    });
  });

  it('refuses an edited subject even when the MAC segment is kept', () => {
    const ring = parseKeyRing(ringJson(newKey));
    const [keyId, , mac] = signToken(ring, claims).split('.');
    const forgedPayload = Buffer.from(
      JSON.stringify({ p: 'session-link', s: ['se_01J0000000000000000000000B'], e: claims.expiresAt }),
    ).toString('base64url');
    const check = verifyToken(ring, `${keyId}.${forgedPayload}.${mac}`, { purpose: 'session-link', now });
    expect(check).toEqual({ ok: false, refusal: TOKEN_REFUSALS.badSignature });
  });

  it('refuses what is not a token at all', () => {
    const ring = parseKeyRing(ringJson(newKey));
    for (const junk of ['', 'abc', 'a.b', 'a.b.c.d', 'k2027.!!.x', 'x'.repeat(5000)]) {
      expect(verifyToken(ring, junk, { purpose: 'session-link', now })).toMatchObject({ ok: false });
    }
  });
});

describe('rotating keys', () => {
  it('verifies tokens of the previous key during a rotation and signs new ones with the current key', () => {
    // Prepare: a token signed before the rotation
    const before = parseKeyRing(ringJson(oldKey));
    const oldToken = signToken(before, claims);
    // Act: rotate
    const during = parseKeyRing(ringJson(newKey, oldKey));
    const newToken = signToken(during, claims);
    // Assess
    expect(verifyToken(during, oldToken, { purpose: 'session-link', now }).ok).toBe(true);
    expect(newToken.startsWith('k2027.')).toBe(true);
    expect(verifyToken(during, newToken, { purpose: 'session-link', now }).ok).toBe(true);
  });

  it('refuses the old key once it has left the ring', () => {
    const oldToken = signToken(parseKeyRing(ringJson(oldKey)), claims);
    const after = parseKeyRing(ringJson(newKey));
    expect(verifyToken(after, oldToken, { purpose: 'session-link', now })).toEqual({
      ok: false,
      refusal: TOKEN_REFUSALS.unknownKey,
    });
  });
});

describe('the key ring configuration', () => {
  it('reads the ring from LANTERN_LINK_KEYS', () => {
    const ring = keyRingFromEnvironment({ LANTERN_LINK_KEYS: ringJson(newKey, oldKey) });
    expect([ring.current.id, ring.previous?.id]).toEqual(['k2027', 'k2026']);
  });

  it('refuses a missing variable, a short secret, non-JSON and two keys with one id', () => {
    expect(() => keyRingFromEnvironment({})).toThrow(KeyRingConfigError);
    expect(() => parseKeyRing(ringJson({ id: 'k', secret: randomBytes(16).toString('base64') }))).toThrow(
      /shorter than 32 bytes/,
    );
    expect(() => parseKeyRing('{')).toThrow(KeyRingConfigError);
    expect(() => parseKeyRing(ringJson(newKey, { ...oldKey, id: newKey.id }))).toThrow(/different ids/);
  });
});

describe('properties', () => {
  const ring = parseKeyRing(ringJson(newKey, oldKey));
  const anyClaims = fc.record({
    purpose: fc.constantFrom(...TOKEN_PURPOSES),
    subjects: fc.array(fc.string({ minLength: 1, maxLength: 40 }), { maxLength: 4 }),
    expiresAt: fc.integer({ min: nowSeconds + 1, max: nowSeconds + 10_000_000 }),
  });

  it('refuses every token in which any single character was changed', () => {
    fc.assert(
      fc.property(anyClaims, fc.nat(), fc.integer({ min: 1, max: 0xffff }), (signed, position, delta) => {
        const token = signToken(ring, signed);
        const index = position % token.length;
        const changed = String.fromCharCode((token.charCodeAt(index) + delta) % 0x10000);
        const tampered = token.slice(0, index) + changed + token.slice(index + 1);
        fc.pre(tampered !== token);
        expect(verifyToken(ring, tampered, { purpose: signed.purpose, now }).ok).toBe(false);
      }),
      { numRuns: 500 },
    );
  });

  it('gives back exactly the signed claims for every valid token', () => {
    fc.assert(
      fc.property(anyClaims, (signed) => {
        expect(verifyToken(ring, signToken(ring, signed), { purpose: signed.purpose, now })).toEqual({
          ok: true,
          claims: signed,
        });
      }),
    );
  });
});
