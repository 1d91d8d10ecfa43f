import type { Session } from '@lantern/contracts';
import ical, { ICalEventStatus } from 'ical-generator';

export interface FeedEntry {
  session: Pick<Session, 'sessionId' | 'start' | 'end' | 'status' | 'sequence'>;
  /** The client's first name: the only personal detail the feed carries. */
  clientFirstName: string;
}

/** The first word of a name, without characters that could break out of an iCalendar value. */
const firstNameOnly = (name: string) => (name.trim().split(/\s+/)[0] ?? '').replace(/[\p{Cc};,\\"]/gu, '').slice(0, 40);

/**
 * A peer's sessions as an iCalendar feed (`GET /calendars/{token}.ics`). Each occurrence is its
 * own event at its exact UTC instants, so no reader can misplace one across a DST change; the UID
 * and SEQUENCE are those of the invites (ADR 0032), so a subscribed calendar and an accepted
 * invite are the same event. Cancelled sessions stay in as CANCELLED so calendars remove them.
 * Titled "Session with <first name>", nothing more.
 */
export function peerCalendarFeed(entries: readonly FeedEntry[], options: { uidDomain: string; now: Date }): string {
  const calendar = ical({
    prodId: { company: 'Lantern', product: 'scheduling', language: 'EN' },
    name: 'Lantern sessions',
  });
  for (const { session, clientFirstName } of entries) {
    if (session.status === 'no_show') continue;
    calendar.createEvent({
      id: `${session.sessionId}@${options.uidDomain}`,
      sequence: session.sequence,
      stamp: options.now,
      start: new Date(session.start),
      end: new Date(session.end),
      summary: `Session with ${firstNameOnly(clientFirstName)}`,
      status: session.status === 'cancelled' ? ICalEventStatus.CANCELLED : ICalEventStatus.CONFIRMED,
    });
  }
  return calendar.toString();
}
