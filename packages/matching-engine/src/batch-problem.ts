import { batchObjective } from './batch-objective.js';
import { firstIneligibility, INELIGIBILITY_CODES, type OverlapSink } from './eligibility.js';
import { contextOf, type MatchingOptions } from './options.js';
import {
  type PreparationContext,
  type PreparedClient,
  type PreparedPeer,
  prepareClient,
  preparePeer,
} from './prepared.js';
import type { ClientProfile, PeerProfile } from './profiles.js';
import { scorePoints } from './score.js';
import type { SparseInstance } from './solver/sparse-instance.js';

/** A waitlist turned into a solver instance: eligible pairs only, weighted by the batch objective. */
export interface BatchProblem {
  readonly context: PreparationContext;
  readonly clients: readonly PreparedClient[];
  readonly peers: readonly PreparedPeer[];
  readonly instance: SparseInstance;
  /** Score of each eligible pair, aligned with `instance.columns`. */
  readonly scores: Uint8Array;
  /** Per client, how many peers failed each hard constraint first (INELIGIBILITY_CODES order). */
  readonly failureCounts: Int32Array;
  /** 0 for the most recent arrival, up to n − 1 for the longest waiting. */
  readonly waitingRank: Int32Array;
}

/**
 * Checks every client–peer pair once (cheapest constraints first, availability overlap last),
 * scores the eligible ones and encodes the objective in the weights (see batch-objective.ts).
 */
export function buildBatchProblem(
  clients: readonly ClientProfile[],
  peers: readonly PeerProfile[],
  options: MatchingOptions,
): BatchProblem {
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
  return {
    context,
    clients: preparedClients,
    peers: preparedPeers,
    instance: {
      rowCount: n,
      columnCount: m,
      rowStart,
      columns: columns.subarray(0, next),
      weights,
      capacities: Int32Array.from(preparedPeers, (peer) => (peer.profile.status === 'active' ? peer.room : 0)),
    },
    scores: scores.subarray(0, next),
    failureCounts,
    waitingRank,
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
