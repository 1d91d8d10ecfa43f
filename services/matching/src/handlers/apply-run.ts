import type { Match, Peer, RunAssignment, RunConflict } from '@lantern/contracts';
import { httpHandler } from '@lantern/runtime';
import { ConflictError, NotFoundError } from '../domain/refusals.js';
import { planApply } from '../domain/runs.js';
import type { WaitingClient } from '../domain/waiting-clients.js';
import { applyRunRoute } from '../routes/apply-run.js';
import { clientsStore, rosterStore, runsStore } from '../store/default-store.js';
import { confirmPeerPairs, type PairToConfirm } from './confirm-pair.js';

/**
 * POST /matching/runs/{runId}/apply (coordinator): confirms each pair that still holds with the
 * same conditional transaction as POST /matches; the rest are listed as conflicts, never forced.
 * Pairs already confirmed (a second apply) are neither confirmed again nor conflicts.
 */
export const handler = httpHandler(applyRunRoute, async ({ params, caller }) => {
  const run = await runsStore.getRun(params.runId);
  if (!run) throw new NotFoundError('No matching run with this id.');
  if (run.status === 'running') throw new ConflictError('This run has no proposal yet; try again in a moment.');
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
  const pairOf = (assignment: RunAssignment, peer: Peer): PairToConfirm => ({
    client: byClient.get(assignment.clientId),
    peer,
    clientMatches: matches.filter((match) => match.clientId === assignment.clientId),
    score: assignment.score,
    reasons: assignment.reasons,
    confirmedBy: caller.subject,
    runId: run.runId,
  });
  // Each peer's pairs together (they share the peer's caseload), peers side by side.
  const byPeer = Map.groupBy(plan.confirm, (assignment) => assignment.peerId);
  await eachInParallel([...byPeer], PARALLEL_PEERS, async ([peerId, assignments]) => {
    const peer = peerById.get(peerId);
    if (!peer) return; // planApply lists a pair whose peer left the roster as a conflict
    const outcomes = await confirmPeerPairs(
      peer,
      assignments.map((assignment) => pairOf(assignment, peer)),
    );
    for (const [index, outcome] of outcomes.entries()) {
      if (outcome.ok) applied.push(outcome.match);
      else {
        const { clientId, peerId } = assignments[index] as RunAssignment;
        const { refusals } = outcome;
        conflicts.push({
          clientId,
          peerId,
          because: refusals.map((r) => r.detail),
          codes: refusals.map((r) => r.code),
        });
      }
    }
  });
  if (run.status === 'proposed')
    await runsStore.saveRun({ ...run, status: 'applied', appliedAt: new Date().toISOString() });
  return { status: 200, body: { applied, conflicts } };
});

/** How many peers' confirmations run at once: enough to hide each transaction's round trip. */
const PARALLEL_PEERS = 16;

async function eachInParallel<T>(items: readonly T[], width: number, task: (item: T) => Promise<void>) {
  let next = 0;
  const worker = async () => {
    while (next < items.length) await task(items[next++] as T);
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
