import type { Match, MatchingProposal, Peer, RunAssignment, RunConflict } from '@lantern/contracts';
import { planApply } from '../domain/runs.js';
import type { WaitingClient } from '../domain/waiting-clients.js';
import { clientsStore, rosterStore } from '../store/default-store.js';
import { confirmPeerPairs, type PairToConfirm } from './confirm-pair.js';

export interface ApplyProgress {
  /** The run's pairs settled so far: confirmed now or before, or found not to hold. */
  readonly done: number;
  readonly total: number;
}

export interface ApplyOutcome extends ApplyProgress {
  /** False when `keepGoing` stopped it before every peer's pairs were tried. */
  readonly finished: boolean;
  readonly applied: Match[];
  /** This run's pairs confirmed by an earlier apply (or an earlier part of this one). */
  readonly appliedBefore: Match[];
  readonly conflicts: RunConflict[];
}

export interface ApplyOptions {
  readonly confirmedBy: string;
  /** Asked before each peer's pairs are started; false leaves the rest for later. */
  readonly keepGoing: () => boolean;
  readonly onProgress?: (progress: ApplyProgress) => Promise<void>;
}

/**
 * Confirms each pair of a proposal that still holds, with the same conditional transactions as
 * POST /matches; the rest are conflicts, never forced. Pairs already confirmed (an earlier apply,
 * or an earlier part of this one) are neither confirmed again nor conflicts, so applying again
 * carries on where a stopped apply left off.
 */
export async function applyWhatHolds(run: MatchingProposal, options: ApplyOptions): Promise<ApplyOutcome> {
  const stamp = await rosterStore.stamp();
  const [waiting, peers, matches] = await Promise.all([
    clientsStore.waitingClients(),
    rosterStore.peersAt(stamp),
    clientsStore.blockingMatches(),
  ]);
  const clients = await withRunClients(
    waiting,
    run.assignments.map((assignment) => assignment.clientId),
  );
  const plan = planApply(run, { clients, peers, matches });
  const peerById = new Map(peers.map((peer) => [peer.peerId, peer]));
  const byClient = new Map(clients.map((client) => [client.clientId, client]));
  const applied: Match[] = [];
  const conflicts: RunConflict[] = [...plan.conflicts];
  const total = run.assignments.length;
  const progress = () => ({ done: plan.alreadyApplied.length + applied.length + conflicts.length, total });
  const pairOf = (assignment: RunAssignment, peer: Peer): PairToConfirm => ({
    client: byClient.get(assignment.clientId),
    peer,
    clientMatches: matches.filter((match) => match.clientId === assignment.clientId),
    score: assignment.score,
    reasons: assignment.reasons,
    confirmedBy: options.confirmedBy,
    runId: run.runId,
  });
  // Each peer's pairs together (they share the peer's caseload), peers side by side.
  const byPeer = [...Map.groupBy(plan.confirm, (assignment) => assignment.peerId)];
  let started = 0;
  await eachInParallel(byPeer, PARALLEL_PEERS, options.keepGoing, async ([peerId, assignments]) => {
    started += 1;
    const peer = peerById.get(peerId);
    if (!peer) return; // planApply lists a pair whose peer left the roster as a conflict
    const outcomes = await confirmPeerPairs(
      peer,
      assignments.map((assignment) => pairOf(assignment, peer)),
    );
    for (const [index, outcome] of outcomes.entries()) {
      if (outcome.ok) applied.push(outcome.match);
      else {
        const { clientId } = assignments[index] as RunAssignment;
        const { refusals } = outcome;
        conflicts.push({
          clientId,
          peerId,
          because: refusals.map((r) => r.detail),
          codes: refusals.map((r) => r.code),
        });
      }
    }
    await options.onProgress?.(progress());
  });
  const earlier = new Set(plan.alreadyApplied.map((assignment) => assignment.clientId));
  const appliedBefore = matches.filter(
    (match) => match.runId === run.runId && match.status === 'confirmed' && earlier.has(match.clientId),
  );
  return { ...progress(), finished: started === byPeer.length, applied, appliedBefore, conflicts };
}

/** How many peers' confirmations run at once: enough to hide each transaction's round trip. */
const PARALLEL_PEERS = 16;

/** Runs `task` over `items`, `width` at a time, starting each only while `keepGoing()` says so. */
async function eachInParallel<T>(
  items: readonly T[],
  width: number,
  keepGoing: () => boolean,
  task: (item: T) => Promise<void>,
) {
  let next = 0;
  const worker = async () => {
    while (next < items.length && keepGoing()) await task(items[next++] as T);
  };
  await Promise.all(Array.from({ length: Math.min(width, items.length) }, worker));
}

/** The waitlist plus the run's clients that left it since (matched or closed meanwhile). */
async function withRunClients(waiting: WaitingClient[], clientIds: readonly string[]): Promise<WaitingClient[]> {
  const known = new Set(waiting.map((client) => client.clientId));
  const missing = clientIds.filter((clientId) => !known.has(clientId));
  const fetched = await Promise.all(missing.map((clientId) => clientsStore.getWaiting(clientId)));
  return [...waiting, ...fetched.flatMap((stored) => (stored ? [stored.client] : []))];
}

/** A run's proposal without what its status adds (progress, result). */
export function proposalOf(run: MatchingProposal) {
  const { runId, createdAt, objective, assignments, unassigned } = run;
  return { runId, createdAt, objective, assignments, unassigned };
}
