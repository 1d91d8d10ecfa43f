import { type KeyRing, keyRingFromEnvironment } from '../signed-token/key-ring.js';
import { signToken, verifyToken } from '../signed-token/token.js';

/** A cursor outlives any page a person reads; a stale one simply starts the listing again. */
const CURSOR_SECONDS = 24 * 3600;

export interface CursorCodec {
  /** An opaque cursor for `lastKey`, bound to `listing` (e.g. `clients?status=new&urgent=true`); null at the end. */
  encode(listing: string, lastKey: Record<string, unknown> | undefined): string | null;
  /** The key to start after, or null when the cursor is not this listing's, tampered with or expired. */
  decode(listing: string, cursor: string): Record<string, unknown> | null;
}

/**
 * Cursors are signed (HMAC, the link key ring) and bound to their listing, so a cursor from another
 * listing or an edited one is a 400 on `query.cursor`, never a DynamoDB error.
 */
export function cursorCodec(ring: () => KeyRing = () => keyRingFromEnvironment()): CursorCodec {
  return {
    encode(listing, lastKey) {
      if (!lastKey) return null;
      const expiresAt = Math.floor(Date.now() / 1000) + CURSOR_SECONDS;
      return signToken(ring(), { purpose: 'cursor', subjects: [listing, JSON.stringify(lastKey)], expiresAt });
    },
    decode(listing, cursor) {
      const check = verifyToken(ring(), cursor, { purpose: 'cursor', now: new Date() });
      if (!check.ok) return null;
      const [boundTo, key] = check.claims.subjects;
      if (boundTo !== listing || key === undefined) return null;
      try {
        const parsed: unknown = JSON.parse(key);
        return typeof parsed === 'object' && parsed !== null ? (parsed as Record<string, unknown>) : null;
      } catch {
        return null;
      }
    },
  };
}
