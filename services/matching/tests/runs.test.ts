import { type Match, type MatchingProposal, MatchingRun, type Peer } from '@lantern/contracts';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { confirmedMatch } from '../src/domain/matches.js';
import { rosterPeerOf } from '../src/domain/profiles.js';
import { type MatchingState, planApply, proposeRun } from '../src/domain/runs.js';
import { suggestionsFor } from '../src/domain/suggestions.js';
import { aClient, aMatch, aPeer, arbitraryWorld, idOf, NOW } from './fixtures.js';

const RUN = idOf('run', 1);

/** What the store does with a plan: confirm each pair and count it on the peer. */
function applied(plan: ReturnType<typeof planApply>, state: MatchingState): MatchingState {
  const matches: Match[] = plan.confirm.map((pair, k) =>
    confirmedMatch({ ...pair, matchId: idOf('ma', 900 + k), confirmedBy: 'coordinator-sub', now: NOW, runId: RUN }),
  );
  const peers = state.peers.map((peer) => ({
    ...peer,
    caseload: peer.caseload + plan.confirm.filter((pair) => pair.peerId === peer.peerId).length,
  }));
  return { clients: state.clients, peers, matches: [...state.matches, ...matches] };
}

describe('a batch run', () => {
  it('proposes the pairs with reasons and says why the others stay waiting, applying nothing', () => {
    // Prepare: two clients, one place
    const state = {
      clients: [aClient(1), aClient(2, { urgent: true })],
      peers: [aPeer(1, { capacity: 1, caseload: 0 })],
      matches: [],
    };
    // Act
    const run = proposeRun({ ...state, peers: state.peers.map(rosterPeerOf), runId: RUN, now: NOW });
    // Assess
    expect(MatchingRun.safeParse(run).error).toBeUndefined();
    expect(run.objective).toMatchObject({ urgentServed: 1, served: 1 });
    expect(run.assignments.map((a) => a.clientId)).toEqual([idOf('cl', 2)]);
    expect(run.unassigned[0]?.because[0]).toContain('taken by clients ahead in priority');
  });

  it('leaves out clients who already have a match or are no longer waiting', () => {
    // Prepare
    const state = { clients: [aClient(1), aClient(2)], peers: [aPeer(1)], matches: [aMatch(1, 1)] };
    // Act
    const run = proposeRun({ ...state, peers: state.peers.map(rosterPeerOf), runId: RUN, now: NOW });
    // Assess
    expect([...run.assignments, ...run.unassigned].map((entry) => entry.clientId)).toEqual([idOf('cl', 2)]);
  });

  it('scores each pair as the suggestions do', () => {
    fc.assert(
      fc.property(arbitraryWorld(5, 5), ({ clients, peers }) => {
        // Act
        const run = proposeRun({ clients, peers: peers.map(rosterPeerOf), matches: [], runId: RUN, now: NOW });
        // Assess
        for (const pair of run.assignments) {
          const client = clients.find((c) => c.clientId === pair.clientId);
          const suggestions =
            client && suggestionsFor({ client, peers: peers.map(rosterPeerOf), matches: [], now: NOW });
          const suggested = suggestions?.items.find((item) => item.peerId === pair.peerId);
          expect({ score: suggested?.score, reasons: suggested?.reasons }).toEqual({
            score: pair.score,
            reasons: pair.reasons,
          });
        }
      }),
      { numRuns: 40 },
    );
  });
});

describe('applying a run', () => {
  it('skips a pair whose peer filled up since the proposal, and says why', () => {
    // Prepare
    const peer = aPeer(1, { capacity: 1, caseload: 0 });
    const state = { clients: [aClient(1)], peers: [peer], matches: [] };
    const run = proposeRun({ ...state, peers: state.peers.map(rosterPeerOf), runId: RUN, now: NOW });
    const later = { ...state, peers: [{ ...peer, caseload: 1 }] };
    // Act
    const plan = planApply(run, later);
    // Assess
    expect(plan.confirm).toEqual([]);
    expect(plan.conflicts).toEqual([
      {
        clientId: idOf('cl', 1),
        peerId: peer.peerId,
        because: ['Peer1 has just reached capacity (1 of 1 clients)'],
        codes: ['peer_at_capacity'],
      },
    ]);
  });

  it('applies nothing the second time', () => {
    // Prepare
    const state = {
      clients: [aClient(1), aClient(2), aClient(3)],
      peers: [aPeer(1), aPeer(2, { capacity: 1, caseload: 0 })],
      matches: [],
    };
    const run = proposeRun({ ...state, peers: state.peers.map(rosterPeerOf), runId: RUN, now: NOW });
    const first = planApply(run, state);
    // Act
    const second = planApply(run, applied(first, state));
    // Assess
    expect(first.confirm).toHaveLength(3);
    expect(second).toEqual({ confirm: [], conflicts: [], alreadyApplied: first.confirm });
  });

  it('never puts a peer over capacity nor matches a client twice, whatever changed since', () => {
    const edits = fc.record({
      fills: fc.array(fc.integer({ min: 0, max: 7 }), { maxLength: 6 }),
      leaves: fc.array(fc.integer({ min: 0, max: 7 }), { maxLength: 2 }),
      extraPairs: fc.array(fc.record({ client: fc.nat(), peer: fc.nat() }), { maxLength: 6 }),
    });
    fc.assert(
      fc.property(arbitraryWorld(6, 4), edits, ({ clients, peers }, { fills, leaves, extraPairs }) => {
        // Prepare: a proposal, a hand-added pair or two, then peers filling up or leaving meanwhile
        const run = proposeRun({ clients, peers: peers.map(rosterPeerOf), matches: [], runId: RUN, now: NOW });
        const extra = extraPairs.map(({ client, peer }) => ({
          clientId: (clients[client % clients.length] as (typeof clients)[number]).clientId,
          peerId: (peers[peer % peers.length] as Peer).peerId,
          score: 0,
          reasons: [],
        }));
        const proposal: MatchingProposal = { ...run, assignments: [...run.assignments, ...extra] };
        const now = peers.map((peer, j) => ({
          ...peer,
          caseload: peer.caseload + fills.filter((k) => k % peers.length === j).length,
          status: leaves.some((k) => k % peers.length === j) ? ('on_leave' as const) : peer.status,
        }));
        const state = { clients, peers: now, matches: [] };
        // Act
        const plan = planApply(proposal, state);
        // Assess
        for (const peer of now) {
          const added = plan.confirm.filter((pair) => pair.peerId === peer.peerId).length;
          if (added > 0) expect(peer.caseload + added).toBeLessThanOrEqual(peer.capacity);
        }
        const confirmedClients = plan.confirm.map((pair) => pair.clientId);
        expect(new Set(confirmedClients).size).toBe(confirmedClients.length);
        expect(plan.confirm.length + plan.conflicts.length + plan.alreadyApplied.length).toBe(
          proposal.assignments.length,
        );
      }),
      { numRuns: 60 },
    );
  });
});
