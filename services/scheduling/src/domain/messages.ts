import {
  buildEvent,
  type EventData,
  type OutgoingEvent,
  type Session,
  SessionCancelled,
  SessionReminderDue,
  SessionRescheduled,
  SessionScheduled,
} from '@lantern/contracts';
import type { SchedulingPair } from './projections.js';

/**
 * The data of scheduling's events: what notifications needs to write to both people (first
 * names, contact, consented channels, locale, zone), and nothing more: the pair carries no support
 * area and no note, and the contract schemas drop any field they do not list.
 */
type Context = Pick<EventData<typeof SessionScheduled>, 'matchId' | 'modality' | 'timeZone' | 'client' | 'peer'> & {
  seriesId?: string;
};

export function messageContext(pair: SchedulingPair, session: Session): Context {
  const { client, peer } = pair;
  return {
    matchId: pair.matchId,
    ...(session.seriesId ? { seriesId: session.seriesId } : {}),
    modality: session.modality,
    timeZone: session.timeZone,
    client: {
      clientId: pair.clientId,
      firstName: firstWord(client.firstName),
      ...(client.email ? { email: client.email } : {}),
      ...(client.phone ? { phone: client.phone } : {}),
      contactChannels: client.contactChannels,
      locale: client.locale,
      timeZone: client.timeZone,
    },
    peer: { peerId: pair.peerId, firstName: firstWord(peer.firstName), email: peer.email, timeZone: peer.timeZone },
  };
}

const firstWord = (name: string) => name.trim().split(/\s+/)[0] ?? '';

/** A session in a message: `linkToken` signs the client's `/links/{token}` for that occurrence. */
export const occurrenceOf = (session: Session, linkToken: string) => ({
  sessionId: session.sessionId,
  sequence: session.sequence,
  start: session.start,
  end: session.end,
  linkToken,
});

type Meta = { eventId: string; occurredAt: string };
type TokenOf = (session: Session) => string;

export function sessionScheduledEvent(
  pair: SchedulingPair,
  sessions: readonly Session[],
  tokenOf: TokenOf,
  meta: Meta,
) {
  const [first] = sessions as [Session];
  return buildEvent(
    SessionScheduled,
    {
      ...messageContext(pair, first),
      sessions: sessions.map((session) => occurrenceOf(session, tokenOf(session))),
      scheduledAt: meta.occurredAt,
    },
    meta,
  );
}

export function sessionRescheduledEvent(
  pair: SchedulingPair,
  change: { sessions: readonly Session[]; before: readonly Session[] },
  changedBy: 'staff' | 'client',
  tokenOf: TokenOf,
  meta: Meta,
) {
  const [first] = change.sessions as [Session];
  return buildEvent(
    SessionRescheduled,
    {
      ...messageContext(pair, first),
      sessions: change.sessions.map((session, index) => ({
        ...occurrenceOf(session, tokenOf(session)),
        previousStart: (change.before[index] as Session).start,
        previousEnd: (change.before[index] as Session).end,
      })),
      changedBy,
      rescheduledAt: meta.occurredAt,
    },
    meta,
  );
}

export function sessionCancelledEvent(
  pair: SchedulingPair,
  sessions: readonly Session[],
  changedBy: 'staff' | 'client',
  meta: Meta,
) {
  const [first] = sessions as [Session];
  return buildEvent(
    SessionCancelled,
    {
      ...messageContext(pair, first),
      sessions: sessions.map(({ sessionId, sequence, start, end }) => ({ sessionId, sequence, start, end })),
      changedBy,
      cancelledAt: meta.occurredAt,
    },
    meta,
  );
}

export function sessionReminderEvent(
  pair: SchedulingPair,
  session: Session,
  which: '24h' | '1h',
  linkToken: string,
  meta: Meta,
): OutgoingEvent<EventData<typeof SessionReminderDue>> {
  return buildEvent(
    SessionReminderDue,
    { ...messageContext(pair, session), which, session: occurrenceOf(session, linkToken) },
    meta,
  );
}
