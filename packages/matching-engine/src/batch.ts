import { type BatchProblem, buildBatchProblem } from './batch-problem.js';
import { firstIneligibility, INELIGIBILITY_CODES, type OverlapSink } from './eligibility.js';
import type { MatchingOptions } from './options.js';
import type { ClientProfile, PeerProfile } from './profiles.js';
import { type ScoreReason, scorePair } from './score.js';
import { solveSparse } from './solver/solve-sparse.js';

export interface BatchAssignment {
  readonly clientId: string;
  readonly peerId: string;
  readonly score: number;
  readonly reasons: readonly ScoreReason[];
}

/** A client who stays waitlisted, and why. */
export interface UnassignedClient {
  readonly clientId: string;
  readonly because: string;
}

/** The objective's levels, most important first (see batch-objective.ts). */
export interface BatchObjectiveValue {
  readonly urgentMatched: number;
  readonly matched: number;
  readonly totalScore: number;
  /** Sum of matched clients' waiting ranks (0 = waited least); the last tie-break. */
  readonly waitingRank: number;
}

export interface BatchMatchResult {
  readonly assignments: readonly BatchAssignment[];
  readonly unassigned: readonly UnassignedClient[];
  readonly objective: BatchObjectiveValue;
  /** Total score of the proposal (same as `objective.totalScore`). */
  readonly total: number;
}

const FAILURE_WORDS = {
  not_active: 'not taking clients',
  at_capacity: 'at capacity',
  excluded: 'excluded for this client',
  no_shared_language: 'no shared language',
  no_shared_modality: 'no shared way to meet',
  required_preference: 'a required preference not met',
  no_shared_availability: 'not free together',
} as const;

/**
 * Proposes matches for the waitlist: the exact optimum of the lexicographic objective (urgent
 * clients matched, then clients matched, then total score, then waiting time) under each peer's
 * free places (capacity − caseload). Nothing is applied; a coordinator confirms the proposal.
 */
export function matchWaitlist(
  clients: readonly ClientProfile[],
  peers: readonly PeerProfile[],
  options: MatchingOptions,
): BatchMatchResult {
  const problem = buildBatchProblem(clients, peers, options);
  return describeBatch(problem, solveSparse(problem.instance).assignment);
}

/** Turns the solver's assignment into a proposal with reasons for every client. */
export function describeBatch(problem: BatchProblem, assignment: Int32Array): BatchMatchResult {
  const { config } = problem.context;
  const { clients: preparedClients, peers: preparedPeers, instance, failureCounts, waitingRank } = problem;
  const { rowStart } = instance;
  const n = preparedClients.length;
  const overlap: OverlapSink = { totalMinutes: 0, longestMinutes: 0 };
  const assignments: BatchAssignment[] = [];
  const unassigned: UnassignedClient[] = [];
  let urgentMatched = 0;
  let totalScore = 0;
  let rankSum = 0;
  for (let i = 0; i < n; i++) {
    const client = preparedClients[i] as (typeof preparedClients)[number];
    const j = assignment[i] as number;
    if (j < 0) {
      unassigned.push({ clientId: client.profile.id, because: whyUnassigned(i, rowStart, failureCounts) });
      continue;
    }
    const peer = preparedPeers[j] as (typeof preparedPeers)[number];
    firstIneligibility(client, peer, config.sessionMinutes, overlap);
    const { score, reasons } = scorePair(client, peer, overlap.totalMinutes, config);
    assignments.push({ clientId: client.profile.id, peerId: peer.profile.id, score, reasons });
    if (client.profile.urgent) urgentMatched++;
    totalScore += score;
    rankSum += waitingRank[i] as number;
  }
  return {
    assignments,
    unassigned,
    objective: { urgentMatched, matched: assignments.length, totalScore, waitingRank: rankSum },
    total: totalScore,
  };
}

function whyUnassigned(client: number, rowStart: Int32Array, failureCounts: Int32Array): string {
  const eligible = (rowStart[client + 1] as number) - (rowStart[client] as number);
  if (eligible > 0) {
    return `all ${eligible} eligible peer${eligible === 1 ? '' : 's'} are taken by clients ahead in priority (urgent first, then most matched, then best fit, then longest waiting)`;
  }
  const counts = INELIGIBILITY_CODES.map((code, k) => ({
    words: FAILURE_WORDS[code],
    count: failureCounts[client * INELIGIBILITY_CODES.length + k] as number,
  }))
    .filter((entry) => entry.count > 0)
    .map((entry) => `${entry.count} ${entry.words}`);
  return counts.length === 0 ? 'no peers to match with' : `no eligible peer: ${counts.join(', ')}`;
}
