import { batchObjective } from './batch-objective.js';
import { firstIneligibility, INELIGIBILITY_CODES, type OverlapSink } from './eligibility.js';
import { contextOf, type MatchingOptions } from './options.js';
import { prepareClient, preparePeer } from './prepared.js';
import type { ClientProfile, PeerProfile } from './profiles.js';
import { type ScoreReason, scorePair, scorePoints } from './score.js';
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
  const context = contextOf(options);
  const { config } = context;
  const preparedPeers = peers.map((peer) => preparePeer(peer, context));
  const preparedClients = clients.map((client) => prepareClient(client, context));
  const n = clients.length;
  const m = peers.length;

  // Allowed pairs only, in compressed sparse rows; first failing constraint counted per client.
  const rowStart = new Int32Array(n + 1);
  const columns = new Int32Array(n * m);
  const scores = new Uint8Array(n * m);
  const failureCounts = new Int32Array(n * INELIGIBILITY_CODES.length);
  const overlap: OverlapSink = { totalMinutes: 0, longestMinutes: 0 };
  const points = new Int32Array(7);
  let next = 0;
  for (let i = 0; i < n; i++) {
    const client = preparedClients[i] as (typeof preparedClients)[number];
    for (let j = 0; j < m; j++) {
      const peer = preparedPeers[j] as (typeof preparedPeers)[number];
      const failure = firstIneligibility(client, peer, config.sessionMinutes, overlap);
      if (failure >= 0) {
        const slot = i * INELIGIBILITY_CODES.length + failure;
        failureCounts[slot] = (failureCounts[slot] as number) + 1;
        continue;
      }
      columns[next] = j;
      scores[next] = scorePoints(client, peer, overlap.totalMinutes, config, points);
      next++;
    }
    rowStart[i + 1] = next;
  }

  const waitingRank = waitingRanks(preparedClients.map((client) => client.waitingSinceMs));
  let clientsWithPeers = 0;
  for (let i = 0; i < n; i++) if ((rowStart[i + 1] as number) > (rowStart[i] as number)) clientsWithPeers++;
  const places = preparedPeers.reduce((sum, peer) => sum + (peer.profile.status === 'active' ? peer.room : 0), 0);
  const objective = batchObjective(Math.min(clientsWithPeers, places), n - 1);
  const weights = new Float64Array(next);
  for (let i = 0; i < n; i++) {
    const urgent = (preparedClients[i] as (typeof preparedClients)[number]).profile.urgent;
    const band = objective.bandOf(waitingRank[i] as number);
    for (let e = rowStart[i] as number; e < (rowStart[i + 1] as number); e++) {
      weights[e] = objective.weightOf(urgent, scores[e] as number, band);
    }
  }
  const { assignment } = solveSparse({
    rowCount: n,
    columnCount: m,
    rowStart,
    columns: columns.subarray(0, next),
    weights,
    capacities: Int32Array.from(preparedPeers, (peer) => peer.room),
  });

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

/** Rank 0 for the most recent arrival, up to n − 1 for the longest waiting; equal times share a rank. */
function waitingRanks(waitingSinceMs: readonly number[]): Int32Array {
  const order = waitingSinceMs
    .map((_, i) => i)
    .sort((x, y) => (waitingSinceMs[y] as number) - (waitingSinceMs[x] as number));
  const ranks = new Int32Array(waitingSinceMs.length);
  order.forEach((client, position) => {
    const previous = order[position - 1];
    const tied = previous !== undefined && waitingSinceMs[previous] === waitingSinceMs[client];
    ranks[client] = tied ? (ranks[previous] as number) : position;
  });
  return ranks;
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
