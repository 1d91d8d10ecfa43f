import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { type ClientProfile, matchWaitlist, suggestPeers } from '../src/index.js';
import { JANUARY } from './fixtures.js';
import { arbitraryClient, arbitraryPeer, arbitraryWorld } from './world.js';

describe('suggestions, as properties', () => {
  it('gives every suggested peer a score in 0–100 that is exactly the sum of its reasons', () => {
    fc.assert(
      fc.property(arbitraryClient('cl_0'), fc.array(arbitraryPeer('pr_x'), { maxLength: 4 }), (client, peers) => {
        // Act
        const { items } = suggestPeers(client, peers, { now: JANUARY });
        // Assess
        for (const item of items) {
          expect(item.reasons.reduce((sum, reason) => sum + reason.points, 0)).toBe(item.score);
          expect(item.score).toBeGreaterThanOrEqual(0);
          expect(item.score).toBeLessThanOrEqual(100);
        }
      }),
      { numRuns: 60 },
    );
  });

  it('accounts for every peer exactly once, suggested or excluded with a reason', () => {
    fc.assert(
      fc.property(arbitraryWorld(1, 5), ({ clients, peers }) => {
        // Act
        const { items, excluded } = suggestPeers(clients[0] as ClientProfile, peers, { now: JANUARY });
        // Assess
        expect(items.length + excluded.length).toBe(peers.length);
        for (const peer of excluded) expect(peer.because.length).toBeGreaterThan(0);
      }),
      { numRuns: 40 },
    );
  });

  it('never suggests a peer who lacks a language the client requires', () => {
    fc.assert(
      fc.property(arbitraryWorld(1, 5), ({ clients, peers }) => {
        // Prepare
        const client: ClientProfile = {
          ...(clients[0] as ClientProfile),
          preferences: [{ attribute: 'language', value: 'fr', strength: 'required' }],
        };
        // Act
        const { items } = suggestPeers(client, peers, { now: JANUARY });
        // Assess
        for (const item of items) expect(peers.find((peer) => peer.id === item.peerId)?.languages).toContain('fr');
      }),
      { numRuns: 40 },
    );
  });
});

describe('matchWaitlist, as properties', () => {
  it('assigns only eligible pairs and never more clients to a peer than their free places', () => {
    fc.assert(
      fc.property(arbitraryWorld(6, 4), ({ clients, peers }) => {
        // Act
        const result = matchWaitlist(clients, peers, { now: JANUARY });
        // Assess
        const perPeer = new Map<string, number>();
        for (const assignment of result.assignments) {
          const client = clients.find((candidate) => candidate.id === assignment.clientId);
          const { items } = suggestPeers(client as ClientProfile, peers, { now: JANUARY });
          expect(items.map((item) => item.peerId)).toContain(assignment.peerId);
          perPeer.set(assignment.peerId, (perPeer.get(assignment.peerId) ?? 0) + 1);
        }
        for (const peer of peers) {
          expect(perPeer.get(peer.id) ?? 0).toBeLessThanOrEqual(Math.max(0, peer.capacity - peer.caseload));
        }
        for (const waiting of result.unassigned) {
          const client = clients.find((candidate) => candidate.id === waiting.clientId) as ClientProfile;
          const hasPeers = suggestPeers(client, peers, { now: JANUARY }).items.length > 0;
          expect(waiting.because.startsWith('no eligible peer')).toBe(!hasPeers);
        }
        expect(result.assignments.length + result.unassigned.length).toBe(clients.length);
        expect(result.total).toBe(result.assignments.reduce((sum, assignment) => sum + assignment.score, 0));
      }),
      { numRuns: 40 },
    );
  });

  it('reaches the same objective whatever the order of clients and peers', () => {
    fc.assert(
      fc.property(arbitraryWorld(6, 4), ({ clients, peers }) => {
        // Act
        const forward = matchWaitlist(clients, peers, { now: JANUARY });
        const backward = matchWaitlist([...clients].reverse(), [...peers].reverse(), { now: JANUARY });
        // Assess
        expect(backward.objective).toEqual(forward.objective);
      }),
      { numRuns: 40 },
    );
  });
});
