import type { Session } from '@lantern/contracts';
import { keyRingFromEnvironment, signToken, verifyToken } from '@lantern/runtime';
import { LinkRefusedError } from '../../domain/errors.js';
import { calendarFeedClaims, sessionLinkClaims } from '../../domain/index.js';

/** The client's signed link token for one occurrence (`/links/{token}`). */
export const sessionLinkToken = (session: Pick<Session, 'sessionId' | 'end'>): string =>
  signToken(keyRingFromEnvironment(), sessionLinkClaims(session));

export const calendarFeedToken = (peerId: string, now: Date): string =>
  signToken(keyRingFromEnvironment(), calendarFeedClaims(peerId, now));

/** The one id a valid token acts on; a wrong, tampered or expired token is refused alike (403). */
export function subjectOf(token: string, purpose: 'session-link' | 'calendar-feed', now: Date): string {
  const check = verifyToken(keyRingFromEnvironment(), token, { purpose, now });
  const [subject] = check.ok ? check.claims.subjects : [];
  if (!subject) throw new LinkRefusedError();
  return subject;
}
