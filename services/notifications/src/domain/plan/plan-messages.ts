import type {
  EventData,
  MatchConfirmed,
  SessionCancelled,
  SessionReminderDue,
  SessionRescheduled,
  SessionScheduled,
} from '@lantern/contracts';
import type { InviteDetails, TemplateId, TemplateVariables } from '../render/variables.js';
import {
  clientAddresses,
  type PlanContext,
  type PlannedMessage,
  sessionLinks,
  staffClientUrl,
} from './planned-message.js';

type SessionEvent =
  | EventData<typeof SessionScheduled>
  | EventData<typeof SessionRescheduled>
  | EventData<typeof SessionCancelled>
  | EventData<typeof SessionReminderDue>;
type Occurrence = { sessionId: string; sequence: number; start: string; end: string };

const minutesBetween = (start: string, end: string) => Math.round((Date.parse(end) - Date.parse(start)) / 60_000);

/**
 * The calendar invite for what an event covers: one occurrence, or several weekly ones of a series
 * (its UID is then the series id, so a later change of the rest of the series updates one entry).
 * SEQUENCE is the highest revision the event carries; DTSTAMP the event's own time, so a
 * redelivered event renders the same invite.
 */
function inviteFor(data: SessionEvent, occurrences: readonly Occurrence[], stamp: string, ctx: PlanContext) {
  const [first] = occurrences;
  if (!first) throw new RangeError('A session event covers at least one occurrence');
  const series = occurrences.length > 1;
  const attendees = [
    ...(data.client.email ? [{ email: data.client.email, name: data.client.firstName }] : []),
    { email: data.peer.email, name: data.peer.firstName },
  ];
  return {
    sessionId: series && data.seriesId ? data.seriesId : first.sessionId,
    sequence: Math.max(...occurrences.map((occurrence) => occurrence.sequence)),
    durationMinutes: minutesBetween(first.start, first.end),
    timeZone: data.timeZone,
    organizer: ctx.organizer,
    attendees,
    ...(series ? { repeatCount: occurrences.length } : {}),
    stamp,
  } satisfies InviteDetails;
}

/** The client's copies (email and, where chosen, text) and the peer's email of one template pair. */
function toBoth<C extends TemplateId, P extends TemplateId>(
  data: SessionEvent | EventData<typeof MatchConfirmed>,
  ctx: PlanContext,
  client: { template: C; variables: (address: string) => TemplateVariables<C> },
  peer: { template: P; variables: TemplateVariables<P> },
): PlannedMessage[] {
  const peerLocale = 'locale' in data.peer && data.peer.locale ? data.peer.locale : ctx.staffLocale;
  return [
    ...clientAddresses(data.client, client.template).map(({ channel, to }) => ({
      template: client.template,
      channel,
      to,
      locale: data.client.locale,
      variables: client.variables(to),
    })),
    {
      template: peer.template,
      channel: 'email' as const,
      to: data.peer.email,
      locale: peerLocale,
      variables: peer.variables,
    },
  ];
}

const people = (data: SessionEvent, ctx: PlanContext) => ({
  toClient: {
    organisationName: ctx.organisationName,
    preferredName: data.client.firstName,
    peerFirstName: data.peer.firstName,
    timeZone: data.client.timeZone,
  },
  toPeer: {
    organisationName: ctx.organisationName,
    peerFirstName: data.peer.firstName,
    clientFirstName: data.client.firstName,
    timeZone: data.peer.timeZone,
    clientUrl: staffClientUrl(ctx.webOrigin, data.client.clientId),
  },
});

export function matchConfirmedMessages(data: EventData<typeof MatchConfirmed>, ctx: PlanContext): PlannedMessage[] {
  const organisationName = ctx.organisationName;
  return toBoth(
    data,
    ctx,
    {
      template: 'match-confirmed-client',
      variables: (address) => ({
        organisationName,
        preferredName: data.client.firstName,
        peerFirstName: data.peer.firstName,
        peerBio: data.peer.bio,
        unsubscribeUrl: ctx.unsubscribeUrl(address),
      }),
    },
    {
      template: 'match-confirmed-peer',
      variables: {
        organisationName,
        peerFirstName: data.peer.firstName,
        clientFirstName: data.client.firstName,
        clientUrl: staffClientUrl(ctx.webOrigin, data.clientId),
      },
    },
  );
}

const byStart = <T extends { start: string }>(occurrences: readonly T[]) =>
  [...occurrences].sort((a, b) => Date.parse(a.start) - Date.parse(b.start));

export function sessionScheduledMessages(data: EventData<typeof SessionScheduled>, ctx: PlanContext): PlannedMessage[] {
  const sessions = byStart(data.sessions);
  const first = sessions[0];
  if (!first) return [];
  const { toClient, toPeer } = people(data, ctx);
  const common = {
    startsAt: first.start,
    sessionCount: sessions.length,
    invite: inviteFor(data, sessions, data.scheduledAt, ctx),
  };
  return toBoth(
    data,
    ctx,
    {
      template: 'session-booked-client',
      variables: () => ({ ...toClient, ...common, ...sessionLinks(ctx.webOrigin, first.linkToken) }),
    },
    { template: 'session-booked-peer', variables: { ...toPeer, ...common } },
  );
}

export function sessionRescheduledMessages(
  data: EventData<typeof SessionRescheduled>,
  ctx: PlanContext,
): PlannedMessage[] {
  const sessions = byStart(data.sessions);
  const first = sessions[0];
  if (!first) return [];
  const { toClient, toPeer } = people(data, ctx);
  const common = {
    startsAt: first.start,
    previousStartsAt: first.previousStart,
    invite: inviteFor(data, sessions, data.rescheduledAt, ctx),
  };
  return toBoth(
    data,
    ctx,
    {
      template: 'session-rescheduled-client',
      variables: () => ({ ...toClient, ...common, ...sessionLinks(ctx.webOrigin, first.linkToken) }),
    },
    { template: 'session-rescheduled-peer', variables: { ...toPeer, ...common } },
  );
}

export function sessionCancelledMessages(data: EventData<typeof SessionCancelled>, ctx: PlanContext): PlannedMessage[] {
  const sessions = byStart(data.sessions);
  const first = sessions[0];
  if (!first) return [];
  const { toClient, toPeer } = people(data, ctx);
  const common = {
    startsAt: first.start,
    sessionCount: sessions.length,
    invite: inviteFor(data, sessions, data.cancelledAt, ctx),
  };
  return toBoth(
    data,
    ctx,
    { template: 'session-cancelled-client', variables: () => ({ ...toClient, ...common }) },
    { template: 'session-cancelled-peer', variables: { ...toPeer, ...common } },
  );
}

const HOURS_BEFORE = { '24h': 24, '1h': 1 } as const;

export function sessionReminderMessages(
  data: EventData<typeof SessionReminderDue>,
  ctx: PlanContext,
): PlannedMessage[] {
  const { toClient, toPeer } = people(data, ctx);
  const common = { startsAt: data.session.start, hoursBefore: HOURS_BEFORE[data.which] };
  return toBoth(
    data,
    ctx,
    {
      template: 'session-reminder-client',
      variables: (address) => ({
        ...toClient,
        ...common,
        ...sessionLinks(ctx.webOrigin, data.session.linkToken),
        unsubscribeUrl: ctx.unsubscribeUrl(address),
      }),
    },
    { template: 'session-reminder-peer', variables: { ...toPeer, ...common } },
  );
}
