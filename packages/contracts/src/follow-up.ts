import * as z from 'zod/mini';
import { ClientStatus, personText } from './common.js';

/**
 * A coordinator's follow-up of a client (issue: urgent follow-up): contact attempts, clearing the
 * urgent flag with a reason, and the history those and status changes leave. Kept with the client
 * record, audited, never published: what a coordinator writes here stays in intake.
 */
export const CONTACT_ATTEMPT_CHANNELS = ['phone', 'text', 'email'] as const;
export const CONTACT_OUTCOMES = ['reached', 'no_answer', 'left_message'] as const;
export const ContactOutcome = z.enum(CONTACT_OUTCOMES);
export type ContactOutcome = z.infer<typeof ContactOutcome>;

/** When the attempt happened; `contactAttemptTimeProblem` (rules) bounds it against the clock. */
const AttemptTime = z.iso.datetime({ offset: true, message: 'Use a date and time such as 2027-03-09T18:30:00Z' });

export const ContactAttemptRequest = z.object({
  at: AttemptTime,
  channel: z.enum(CONTACT_ATTEMPT_CHANNELS),
  outcome: ContactOutcome,
  /** What a coordinator needs to follow up; no clinical detail. */
  note: z.optional(personText({ max: 500, multiline: true })),
});
export type ContactAttemptRequest = z.infer<typeof ContactAttemptRequest>;

export const UrgentClearanceRequest = z.object({
  reason: personText({ max: 500, required: true, multiline: true }),
});
export type UrgentClearanceRequest = z.infer<typeof UrgentClearanceRequest>;

const entryBase = { entryId: z.string(), at: z.string(), by: z.string() };

/** One line of a client's history, newest first. */
export const ClientHistoryEntry = z.discriminatedUnion('kind', [
  z.object({
    ...entryBase,
    kind: z.literal('contact_attempt'),
    channel: z.enum(CONTACT_ATTEMPT_CHANNELS),
    outcome: ContactOutcome,
    note: z.optional(z.string()),
  }),
  z.object({ ...entryBase, kind: z.literal('urgent_cleared'), reason: z.string() }),
  z.object({
    ...entryBase,
    kind: z.literal('status_changed'),
    from: ClientStatus,
    to: ClientStatus,
    reason: z.optional(z.string()),
  }),
]);
export type ClientHistoryEntry = z.infer<typeof ClientHistoryEntry>;

export const ClientHistory = z.object({ items: z.array(ClientHistoryEntry), nextCursor: z.nullable(z.string()) });
export type ClientHistory = z.infer<typeof ClientHistory>;

export const ClientHistoryQuery = z.object({
  cursor: z.optional(z.string().check(z.maxLength(2048))),
  limit: z._default(z.coerce.number().check(z.gte(1), z.lte(100), z.multipleOf(1)), 50),
});
export type ClientHistoryQuery = z.infer<typeof ClientHistoryQuery>;
