import { TimeZone } from '@lantern/contracts';
import * as z from 'zod/mini';

/**
 * The variables each message may carry, one zod schema per template (DESIGN §5: the organisation's
 * name, first names, times, signed links, and nothing else). A template file may reference only
 * these names, and every text and HTML part must reference all of them but the context keys below.
 */

/** No NUL: the renderer marks where the layout takes the body with one. */
const text = (max: number) =>
  z.string().check(
    z.trim(),
    z.minLength(1),
    z.maxLength(max),
    z.refine((value) => !value.includes('\u0000'), { message: 'Contains a NUL character' }),
  );
/** As long as the intake allows a preferred name. */
const firstName = text(100);
/** Signed links only; the protocol check keeps `javascript:` and friends out of an href. */
const link = z.url({ protocol: /^https?$/ });
const instant = z.pipe(
  z.iso.datetime({ offset: true }),
  z.transform((iso: string) => new Date(iso)),
);
const count = z.int().check(z.minimum(1), z.maximum(520));

/** Formatting context and attachment data: required by the renderer, never written into the copy. */
export const CONTEXT_KEYS = ['timeZone', 'invite'] as const;

/** What the scheduling engine needs for the attachment, beyond the message's own start time. */
export const InviteDetails = z.object({
  /** The session's id: the invite's UID, stable across every change. */
  sessionId: z.string().check(z.regex(/^[A-Za-z0-9_-]{1,100}$/)),
  /** The session's revision, from the event: it rises on every change. */
  sequence: z.int().check(z.minimum(0)),
  durationMinutes: z.int().check(z.minimum(1), z.maximum(24 * 60)),
  /** The session's own zone (the peer's), which the invite's VTIMEZONE describes. */
  timeZone: TimeZone,
  organizer: z.object({ name: text(120), email: z.email() }),
  attendees: z.array(z.object({ email: z.email(), name: z.optional(firstName) })).check(z.minLength(1)),
  /** Weekly occurrences in the series, when the invite covers one. */
  repeatCount: z.optional(count),
  /** DTSTAMP: the event's time, so a redelivered event renders the same invite. */
  stamp: z.optional(z.iso.datetime({ offset: true })),
  uidDomain: z.optional(z.string().check(z.regex(/^[a-z0-9.-]{1,100}$/))),
});
export type InviteDetails = z.infer<typeof InviteDetails>;

const organisation = { organisationName: text(120) };
const recipientZone = { timeZone: TimeZone };
const clientLinks = { rescheduleUrl: link, cancelUrl: link };

const toClient = { ...organisation, preferredName: firstName, peerFirstName: firstName };
const toPeer = { ...organisation, peerFirstName: firstName, clientFirstName: firstName, clientUrl: link };

export const TEMPLATE_VARIABLES = {
  'intake-received': z.object({ ...organisation, preferredName: firstName }),
  'intake-attention': z.object({ ...organisation, clientUrl: link }),
  'match-confirmed-client': z.object({ ...toClient, peerBio: text(400), unsubscribeUrl: link }),
  'match-confirmed-peer': z.object(toPeer),
  'session-booked-client': z.object({
    ...toClient,
    ...recipientZone,
    ...clientLinks,
    startsAt: instant,
    sessionCount: count,
    invite: InviteDetails,
  }),
  'session-booked-peer': z.object({
    ...toPeer,
    ...recipientZone,
    startsAt: instant,
    sessionCount: count,
    invite: InviteDetails,
  }),
  'session-rescheduled-client': z.object({
    ...toClient,
    ...recipientZone,
    ...clientLinks,
    startsAt: instant,
    previousStartsAt: instant,
    invite: InviteDetails,
  }),
  'session-rescheduled-peer': z.object({
    ...toPeer,
    ...recipientZone,
    startsAt: instant,
    previousStartsAt: instant,
    invite: InviteDetails,
  }),
  'session-cancelled-client': z.object({
    ...toClient,
    ...recipientZone,
    startsAt: instant,
    sessionCount: count,
    invite: InviteDetails,
  }),
  'session-cancelled-peer': z.object({
    ...toPeer,
    ...recipientZone,
    startsAt: instant,
    sessionCount: count,
    invite: InviteDetails,
  }),
  'session-reminder-client': z.object({
    ...toClient,
    ...recipientZone,
    ...clientLinks,
    startsAt: instant,
    hoursBefore: count,
    unsubscribeUrl: link,
  }),
  'session-reminder-peer': z.object({ ...toPeer, ...recipientZone, startsAt: instant, hoursBefore: count }),
} as const;

export type TemplateId = keyof typeof TEMPLATE_VARIABLES;
export const TEMPLATE_IDS = Object.keys(TEMPLATE_VARIABLES) as TemplateId[];
export type TemplateVariables<T extends TemplateId> = z.input<(typeof TEMPLATE_VARIABLES)[T]>;
