import type { LinkSession, LinkView, Locale, OpenSlot, Session } from '@lantern/contracts';
import type { TokenClaims } from '@lantern/runtime';
import { isChangeable } from './changes.js';
import { localOf } from './wall-clock.js';

const DAY_SECONDS = 86_400;

/**
 * The claims of a client's link for one occurrence: it acts on that session only (its id is
 * covered by the MAC) and expires a day after the session ends, so an old message stops working.
 */
export function sessionLinkClaims(session: Pick<Session, 'sessionId' | 'end'>): TokenClaims {
  return {
    purpose: 'session-link',
    subjects: [session.sessionId],
    expiresAt: Math.floor(Date.parse(session.end) / 1000) + DAY_SECONDS,
  };
}

/** A peer's calendar subscription: a year, then a new link (rotating the key ring revokes them all). */
export function calendarFeedClaims(peerId: string, now: Date): TokenClaims {
  return {
    purpose: 'calendar-feed',
    subjects: [peerId],
    expiresAt: Math.floor(now.getTime() / 1000) + 365 * DAY_SECONDS,
  };
}

const linkSessionOf = (session: Session, timeZone: string): LinkSession => ({
  start: session.start,
  end: session.end,
  localStart: localOf(session.start, timeZone),
  modality: session.modality,
  status: session.status,
});

/**
 * What `GET /links/{token}` shows: the occurrence and the later scheduled ones of its series in
 * the client's zone and language, and open times to move to. No ids, no staff detail, no support area.
 */
export function linkView(
  occurrence: Session,
  series: readonly Session[],
  alternatives: readonly OpenSlot[],
  client: { timeZone: string; locale: Locale },
  now: Date,
): LinkView {
  const canChange = isChangeable(occurrence, now);
  const following = series
    .filter(
      (session) =>
        occurrence.seriesId !== undefined &&
        session.seriesId === occurrence.seriesId &&
        session.start > occurrence.start &&
        session.status === 'scheduled',
    )
    .sort((a, b) => a.start.localeCompare(b.start));
  return {
    timeZone: client.timeZone,
    locale: client.locale,
    occurrence: linkSessionOf(occurrence, client.timeZone),
    following: following.map((session) => linkSessionOf(session, client.timeZone)),
    alternatives: canChange
      ? alternatives.map(({ start, end }) => ({ start, end, localStart: localOf(start, client.timeZone) }))
      : [],
    canChange,
  };
}
