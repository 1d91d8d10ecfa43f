import * as z from 'zod/mini';
import { ClientId, Email, LanguageCode, Modality, SupportArea, TimeZone, WeeklyWindow } from './common.js';
import { IneligibilityCode, MatchCriterion, PeerStatus, Specialty, TimeOff } from './matching-profiles.js';

/** Type-prefixed ULIDs of the matching service. */
const ulidId = (prefix: string, what: string) =>
  z.string().check(z.regex(new RegExp(`^${prefix}_[0-9A-HJKMNP-TV-Z]{26}$`), { message: `Not a ${what} id` }));
export const PeerId = ulidId('pr', 'peer');
export const MatchId = ulidId('ma', 'match');
export const RunId = ulidId('run', 'matching run');

/** Path parameters of the matching routes. */
export const PeerIdParams = z.object({ peerId: PeerId });
export const MatchIdParams = z.object({ matchId: MatchId });
export const RunIdParams = z.object({ runId: RunId });

const unique = <T>(values: readonly T[]) => new Set(values).size === values.length;
const uniqueList = <T extends z.ZodMiniType>(item: T, min: number, max: number, what: string) =>
  z.array(item).check(z.minLength(min), z.maxLength(max), z.refine(unique, `List each ${what} once`));

const Instant = z.iso.datetime({ offset: true });
const Text = (max: number) => z.string().check(z.trim(), z.minLength(1), z.maxLength(max));
const Limit = z._default(z.coerce.number().check(z.gte(1), z.lte(100), z.multipleOf(1)), 25);
const Cursor = z.optional(z.string().check(z.maxLength(2048)));

export const Availability = z.array(WeeklyWindow).check(z.maxLength(50));
export const TimeOffList = z.array(TimeOff).check(z.maxLength(100));

/**
 * `POST /peers` and `PUT /peers/{peerId}`. `status` may be left out: a new peer is active, a
 * replaced profile keeps its status. A peer editing their own record may not change `capacity`,
 * `status` or `email` (the email links the record to their sign-in).
 */
export const PeerInput = z.object({
  displayName: Text(100),
  email: Email,
  bio: z._default(z.string().check(z.trim(), z.maxLength(1000)), ''),
  timeZone: TimeZone,
  languages: uniqueList(LanguageCode, 1, 10, 'language'),
  modalities: uniqueList(Modality, 1, 3, 'modality'),
  livedExperience: uniqueList(SupportArea, 0, 7, 'area'),
  specialties: z._default(uniqueList(Specialty, 0, 20, 'specialty'), []),
  gender: z.optional(Text(50)),
  cultures: z._default(uniqueList(Text(100), 0, 10, 'culture'), []),
  capacity: z.int().check(z.gte(0), z.lte(50)),
  status: z.optional(PeerStatus),
  availability: Availability,
  timeOff: z._default(TimeOffList, []),
});
export type PeerInput = z.infer<typeof PeerInput>;
export type PeerInputBody = z.input<typeof PeerInput>;

/** A peer record as the API returns it. */
export const Peer = z.extend(z.omit(PeerInput, { status: true }), {
  peerId: PeerId,
  status: PeerStatus,
  caseload: z.int().check(z.gte(0)),
  version: z.int().check(z.gte(1)),
  createdAt: Instant,
  updatedAt: Instant,
});
export type Peer = z.infer<typeof Peer>;

export const PeerList = z.object({ items: z.array(Peer), nextCursor: z.nullable(z.string()) });
export type PeerList = z.infer<typeof PeerList>;

export const ListPeersQuery = z.object({ status: z.optional(PeerStatus), cursor: Cursor, limit: Limit });
export type ListPeersQuery = z.infer<typeof ListPeersQuery>;

/** `PUT /peers/{peerId}/availability`: weekly windows (evenings and weekends welcome) and time off. */
export const PeerAvailabilityRequest = z.object({ availability: Availability, timeOff: TimeOffList });
export type PeerAvailabilityRequest = z.infer<typeof PeerAvailabilityRequest>;

export const MatchReason = z.object({
  criterion: MatchCriterion,
  points: z.int().check(z.gte(0), z.lte(100)),
  detail: z.string(),
});
export type MatchReason = z.infer<typeof MatchReason>;

const Score = z.int().check(z.gte(0), z.lte(100));
const sumsItsReasons = <T extends { score: number; reasons: readonly { points: number }[] }>() =>
  z.refine<T>((scored) => scored.reasons.reduce((sum, reason) => sum + reason.points, 0) === scored.score, {
    message: "score must be the sum of its reasons' points",
    path: ['score'],
  });

export const Suggestion = z
  .object({ peerId: PeerId, displayName: z.string(), score: Score, reasons: z.array(MatchReason) })
  .check(sumsItsReasons());
export type Suggestion = z.infer<typeof Suggestion>;

/** A peer not suggested, and every reason why, in words (`because`) and as codes. */
export const ExcludedPeer = z.object({
  peerId: PeerId,
  displayName: z.string(),
  because: z.array(z.string()).check(z.minLength(1)),
  codes: z.array(IneligibilityCode).check(z.minLength(1)),
});
export type ExcludedPeer = z.infer<typeof ExcludedPeer>;

/** `GET /clients/{clientId}/suggestions`: every peer is in `items` (best first) or in `excluded`. */
export const Suggestions = z
  .object({ items: z.array(Suggestion), excluded: z.array(ExcludedPeer) })
  .check(
    z.refine(
      ({ items }) => items.every((item, k) => k === 0 || (items[k - 1] as Suggestion).score >= item.score),
      'items must be sorted by score, highest first',
    ),
  );
export type Suggestions = z.infer<typeof Suggestions>;

export const CreateMatchRequest = z.object({ clientId: ClientId, peerId: PeerId });
export type CreateMatchRequest = z.infer<typeof CreateMatchRequest>;

export const MATCH_STATUSES = ['confirmed', 'ended'] as const;
export const MatchStatus = z.enum(MATCH_STATUSES);
export const ENDED_BY = ['client', 'peer', 'coordinator'] as const;
export const EndedBy = z.enum(ENDED_BY);
export type EndedBy = z.infer<typeof EndedBy>;

export const Match = z
  .object({
    matchId: MatchId,
    clientId: ClientId,
    peerId: PeerId,
    status: MatchStatus,
    score: Score,
    reasons: z.array(MatchReason),
    /** The staff account (its `sub`) that confirmed the match. */
    confirmedBy: z.string(),
    confirmedAt: Instant,
    /** Set when the match was confirmed by applying a batch run. */
    runId: z.optional(RunId),
    endedAt: z.optional(Instant),
    endedBy: z.optional(EndedBy),
    endReason: z.optional(z.string()),
    version: z.int().check(z.gte(1)),
  })
  .check(sumsItsReasons());
export type Match = z.infer<typeof Match>;

export const MatchList = z.object({ items: z.array(Match), nextCursor: z.nullable(z.string()) });
export type MatchList = z.infer<typeof MatchList>;

export const ListMatchesQuery = z.object({
  clientId: z.optional(ClientId),
  peerId: z.optional(PeerId),
  status: z.optional(MatchStatus),
  cursor: Cursor,
  limit: Limit,
});
export type ListMatchesQuery = z.infer<typeof ListMatchesQuery>;

/** `POST /matches/{matchId}/end`. The reason stays in the matching service; no event carries it. */
export const EndMatchRequest = z.object({ reason: Text(500), endedBy: EndedBy });
export type EndMatchRequest = z.infer<typeof EndMatchRequest>;

export const RunAssignment = z
  .object({ clientId: ClientId, peerId: PeerId, score: Score, reasons: z.array(MatchReason) })
  .check(sumsItsReasons());
export type RunAssignment = z.infer<typeof RunAssignment>;

export const RunObjective = z.object({
  urgentServed: z.int().check(z.gte(0)),
  served: z.int().check(z.gte(0)),
  totalScore: z.int().check(z.gte(0)),
});
export type RunObjective = z.infer<typeof RunObjective>;

/** Why a match cannot be confirmed (409 on `POST /matches`, a conflict when a run is applied). */
export const CONFIRM_REFUSALS = [
  'client_unknown',
  'client_closed',
  'client_has_active_match',
  'client_ended_match_with_peer',
  'peer_not_active',
  'peer_at_capacity',
] as const;
export const ConfirmRefusal = z.enum(CONFIRM_REFUSALS);
export type ConfirmRefusal = z.infer<typeof ConfirmRefusal>;

/** A proposed pair that no longer holds: skipped, never forced. */
export const RunConflict = z.object({
  clientId: ClientId,
  peerId: PeerId,
  because: z.array(z.string()).check(z.minLength(1)),
  codes: z.array(ConfirmRefusal).check(z.minLength(1)),
});
export type RunConflict = z.infer<typeof RunConflict>;

/** `POST /matching/runs/{runId}/apply` (200), and an applied run's `result`. */
export const ApplyRunResult = z.object({ applied: z.array(Match), conflicts: z.array(RunConflict) });
export type ApplyRunResult = z.infer<typeof ApplyRunResult>;

const runBase = { runId: RunId, createdAt: Instant };
const proposalFields = {
  ...runBase,
  objective: RunObjective,
  assignments: z.array(RunAssignment),
  unassigned: z.array(z.object({ clientId: ClientId, because: z.array(z.string()).check(z.minLength(1)) })),
};
const Count = z.int().check(z.gte(0));

/**
 * `POST /matching/runs`, `GET /matching/runs/{runId}`: `running` until the proposal is ready;
 * `proposed` carries it; `applying` while a large apply goes on in the background (how many pairs
 * are done of how many); `applied` once applied, with what was applied and what conflicted (runs
 * applied before that was kept have no `result`).
 */
export const MatchingRun = z.discriminatedUnion('status', [
  z.object({ ...runBase, status: z.literal('running') }),
  z.object({ ...proposalFields, status: z.literal('proposed') }),
  z.object({ ...proposalFields, status: z.literal('applying'), progress: z.object({ done: Count, total: Count }) }),
  z.object({
    ...proposalFields,
    status: z.literal('applied'),
    appliedAt: z.optional(Instant),
    result: z.optional(ApplyRunResult),
  }),
]);
export type MatchingRun = z.infer<typeof MatchingRun>;
export type MatchingProposal = Exclude<MatchingRun, { status: 'running' }>;
