import type { Match, MatchingProposal, Peer, RunAssignment, RunConflict } from '@lantern/contracts';
import { type MatchingConfig, matchWaitlist } from '@lantern/matching-engine';
import { decideConfirmation } from './confirm.js';
import { activeMatchOf, clientProfileOf, type RosterPeer } from './profiles.js';
import { isWaiting, type RunCandidate, type WaitingClient } from './waiting-clients.js';

export interface MatchingState {
  readonly clients: readonly WaitingClient[];
  readonly peers: readonly Peer[];
  /** Matches of these clients (confirmed and ended). */
  readonly matches: readonly Match[];
}

export interface RunInput {
  readonly clients: readonly RunCandidate[];
  readonly peers: readonly RosterPeer[];
  /** Matches of these clients (confirmed and ended). */
  readonly matches: readonly Match[];
  readonly runId: string;
  readonly now: Date;
  readonly config?: MatchingConfig;
}

/**
 * The exact optimum for every waiting client without a match (urgent served first, then the most
 * clients, then the best total score, then the longest waiting), as a proposal: nothing applied.
 * Scores and reasons are the suggestions' for the same pair.
 */
export function proposeRun(input: RunInput): MatchingProposal {
  const profiles = input.clients
    .filter((client) => isWaiting(client) && activeMatchOf(client.clientId, input.matches) === undefined)
    .map((client) => clientProfileOf(client, input.matches))
    .filter((profile) => profile !== undefined);
  const options = { now: input.now, ...(input.config === undefined ? {} : { config: input.config }) };
  const result = matchWaitlist(
    profiles,
    input.peers.map((peer) => peer.profile),
    options,
  );
  return {
    runId: input.runId,
    status: 'proposed',
    createdAt: input.now.toISOString(),
    objective: {
      urgentServed: result.objective.urgentMatched,
      served: result.objective.matched,
      totalScore: result.objective.totalScore,
    },
    assignments: result.assignments.map((assignment) => ({ ...assignment, reasons: [...assignment.reasons] })),
    unassigned: result.unassigned.map((client) => ({ clientId: client.clientId, because: [client.because] })),
  };
}

export interface ApplyPlan {
  /** Pairs that still hold: confirm them (the store re-checks each as it writes). */
  readonly confirm: readonly RunAssignment[];
  /** Pairs that no longer hold, with why: skipped, never forced. */
  readonly conflicts: readonly RunConflict[];
  /** Pairs already confirmed (a second apply): nothing to do. */
  readonly alreadyApplied: readonly RunAssignment[];
}

/**
 * Which of a proposal's pairs still hold in the current state. Each pair is checked as if the
 * ones before it had been confirmed, so the plan never puts a peer over capacity nor matches a
 * client twice; a pair already confirmed is neither confirmed again nor a conflict.
 */
export function planApply(run: MatchingProposal, state: MatchingState): ApplyPlan {
  const clients = new Map(state.clients.map((client) => [client.clientId, client]));
  const peers = new Map(state.peers.map((peer) => [peer.peerId, peer]));
  const taken = new Map<string, number>();
  const matched = new Set<string>();
  const confirm: RunAssignment[] = [];
  const conflicts: RunConflict[] = [];
  const alreadyApplied: RunAssignment[] = [];
  for (const assignment of run.assignments) {
    const clientMatches = state.matches.filter((match) => match.clientId === assignment.clientId);
    const active = activeMatchOf(assignment.clientId, clientMatches);
    if (active?.peerId === assignment.peerId) {
      alreadyApplied.push(assignment);
      continue;
    }
    const peer = peers.get(assignment.peerId);
    if (peer === undefined) {
      conflicts.push({
        ...pairOf(assignment),
        because: ['this peer is no longer on the roster'],
        codes: ['peer_not_active'],
      });
      continue;
    }
    const decision = decideConfirmation({
      client: clients.get(assignment.clientId),
      peer: { ...peer, caseload: peer.caseload + (taken.get(peer.peerId) ?? 0) },
      clientMatches,
    });
    if (!decision.ok) {
      const { refusals } = decision;
      conflicts.push({
        ...pairOf(assignment),
        because: refusals.map((r) => r.detail),
        codes: refusals.map((r) => r.code),
      });
      continue;
    }
    if (matched.has(assignment.clientId)) {
      // A proposal pairs each client once; a hand-edited one must not match anyone twice.
      const because = ['this client is already matched by this run'];
      conflicts.push({ ...pairOf(assignment), because, codes: ['client_has_active_match'] });
      continue;
    }
    matched.add(assignment.clientId);
    taken.set(peer.peerId, (taken.get(peer.peerId) ?? 0) + 1);
    confirm.push(assignment);
  }
  return { confirm, conflicts, alreadyApplied };
}

function pairOf(assignment: RunAssignment): { clientId: string; peerId: string } {
  return { clientId: assignment.clientId, peerId: assignment.peerId };
}
