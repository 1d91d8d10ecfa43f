import * as z from 'zod/mini';
import { Locale, Modality, TimeZone } from './common.js';
import { Problem } from './problem.js';

/** Scheduling's HTTP contract (API.md "Scheduling service"). Instants are UTC ISO-8601 ending in `Z`. */

const ulidOf = (prefix: string, what: string) =>
  z.string().check(z.regex(new RegExp(`^${prefix}_[0-9A-HJKMNP-TV-Z]{26}$`), { message: `Not a ${what} id` }));

export const SessionId = ulidOf('se', 'session');
export const SeriesId = ulidOf('sr', 'series');
/** Minted by the matching service (which exports its own `MatchId`; this one stays private). */
const MatchId = ulidOf('ma', 'match');

export const Instant = z.iso.datetime({ message: 'Use a UTC instant such as 2027-03-09T23:00:00Z' });
/** A wall-clock reading in someone's own zone, `YYYY-MM-DDTHH:MM`. */
export const LocalDateTime = z.string().check(z.regex(/^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}$/));

export const SESSION_STATUSES = ['scheduled', 'completed', 'cancelled', 'no_show'] as const;
export const SessionStatus = z.enum(SESSION_STATUSES);
export type SessionStatus = z.infer<typeof SessionStatus>;

export const SESSION_OUTCOMES = ['completed', 'no_show'] as const;
export const CHANGE_SCOPES = ['this', 'following'] as const;
export const ChangeScope = z.enum(CHANGE_SCOPES);
export type ChangeScope = z.infer<typeof ChangeScope>;

export const MIN_SESSION_MINUTES = 15;
export const MAX_SESSION_MINUTES = 180;
export const MAX_SERIES_LENGTH = 52;

const wholeNumber = (min: number, max: number) => z.coerce.number().check(z.gte(min), z.lte(max), z.multipleOf(1));
const DurationMinutes = z.int().check(z.gte(MIN_SESSION_MINUTES), z.lte(MAX_SESSION_MINUTES));

/** `GET /matches/{matchId}/slots`: `from` is a date in the peer's zone. */
export const SlotsQuery = z.object({
  from: z.iso.date({ message: 'Use a date such as 2027-03-08' }),
  weeks: z._default(wholeNumber(1, 12), 4),
  duration: z._default(wholeNumber(MIN_SESSION_MINUTES, MAX_SESSION_MINUTES), 60),
});
export type SlotsQuery = z.infer<typeof SlotsQuery>;

export const OpenSlot = z.object({
  start: Instant,
  end: Instant,
  outsideOfficeHours: z.boolean(),
  /** Free at this weekly moment (in the peer's zone) in every week asked for: a series fits. */
  sameTimeEveryWeek: z.boolean(),
  weeksFree: z.int(),
});
export type OpenSlot = z.infer<typeof OpenSlot>;

export const SlotList = z.object({ items: z.array(OpenSlot) });
export type SlotList = z.infer<typeof SlotList>;

/** `POST /sessions`: one session, or a weekly series at the same wall-clock time in the peer's zone. */
export const BookSessionsRequest = z.object({
  matchId: MatchId,
  start: Instant,
  durationMinutes: DurationMinutes,
  modality: Modality,
  repeat: z.optional(z.object({ weekly: z.literal(true), count: z.int().check(z.gte(1), z.lte(MAX_SERIES_LENGTH)) })),
});
export type BookSessionsRequest = z.infer<typeof BookSessionsRequest>;

export const Session = z.object({
  sessionId: SessionId,
  seriesId: z.optional(SeriesId),
  matchId: z.string(),
  peerId: z.string(),
  clientId: z.string(),
  start: Instant,
  end: Instant,
  /** The peer's zone: a series keeps its wall-clock time there. */
  timeZone: z.string(),
  modality: Modality,
  status: SessionStatus,
  /** Raised on every change, for the calendar invite's SEQUENCE. */
  sequence: z.int().check(z.gte(0)),
  outsideOfficeHours: z.boolean(),
  version: z.int().check(z.gte(1)),
  createdAt: Instant,
  updatedAt: Instant,
});
export type Session = z.infer<typeof Session>;

export const SkippedOccurrence = z.object({ start: Instant, reason: z.string() });

export const BookSessionsResult = z.object({
  seriesId: z.optional(SeriesId),
  sessions: z.array(Session),
  skipped: z.array(SkippedOccurrence),
});
export type BookSessionsResult = z.infer<typeof BookSessionsResult>;

/**
 * 409 on booking or moving: every clash with an existing session of either person, each once:
 * `start` is the requested occurrence that clashes, `sessionId` the existing session in the way.
 */
export const BookingConflict = z.object({ start: Instant, sessionId: SessionId });
export const BookingConflictProblem = z.extend(Problem, { conflicts: z.array(BookingConflict) });
export type BookingConflictProblem = z.infer<typeof BookingConflictProblem>;

export const ListSessionsQuery = z.object({
  peerId: z.optional(z.string().check(z.maxLength(64))),
  clientId: z.optional(z.string().check(z.maxLength(64))),
  from: z.optional(Instant),
  to: z.optional(Instant),
  cursor: z.optional(z.string().check(z.maxLength(2048))),
  limit: z._default(wholeNumber(1, 100), 25),
});
export type ListSessionsQuery = z.infer<typeof ListSessionsQuery>;

export const SessionList = z.object({ items: z.array(Session), nextCursor: z.nullable(z.string()) });
export type SessionList = z.infer<typeof SessionList>;

/** `PATCH /sessions/{sessionId}`: move one occurrence, or it and the rest of its series. */
export const RescheduleRequest = z
  .object({ start: z.optional(Instant), durationMinutes: z.optional(DurationMinutes), scope: ChangeScope })
  .check(
    z.refine((body) => body.start !== undefined || body.durationMinutes !== undefined, {
      message: 'Give a new start, a new duration or both',
      path: ['start'],
    }),
  );
export type RescheduleRequest = z.infer<typeof RescheduleRequest>;

export const RescheduleResult = z.object({ sessions: z.array(Session) });
export type RescheduleResult = z.infer<typeof RescheduleResult>;

/** `DELETE /sessions/{sessionId}?scope=this|following`. */
export const CancelQuery = z.object({ scope: z._default(ChangeScope, 'this') });
export type CancelQuery = z.infer<typeof CancelQuery>;

export const CancelResult = z.object({ cancelled: z.array(Session) });
export type CancelResult = z.infer<typeof CancelResult>;

export const OutcomeRequest = z.object({ status: z.enum(SESSION_OUTCOMES) });
export type OutcomeRequest = z.infer<typeof OutcomeRequest>;

/** A session as the client sees it on their link page: times in their own zone, nothing else. */
export const LinkSession = z.object({
  start: Instant,
  end: Instant,
  /** Wall-clock start in the client's zone. */
  localStart: LocalDateTime,
  modality: Modality,
  status: SessionStatus,
});
export type LinkSession = z.infer<typeof LinkSession>;

/** `GET /links/{token}`: no staff detail, no support area, no ids beyond the token itself. */
export const LinkView = z.object({
  timeZone: TimeZone,
  /** The language the client chose at intake (never the peer's): the page speaks it on load. */
  locale: Locale,
  occurrence: LinkSession,
  /** The later occurrences of the same series, in time order. */
  following: z.array(LinkSession),
  /** Open times for this occurrence, in the client's zone too. */
  alternatives: z.array(z.object({ start: Instant, end: Instant, localStart: LocalDateTime })),
  /** False once the occurrence has started, been cancelled or recorded. */
  canChange: z.boolean(),
});
export type LinkView = z.infer<typeof LinkView>;

export const LinkRescheduleRequest = z.object({ start: Instant });
export type LinkRescheduleRequest = z.infer<typeof LinkRescheduleRequest>;

export const LinkCancelRequest = z.object({ scope: ChangeScope });
export type LinkCancelRequest = z.infer<typeof LinkCancelRequest>;
