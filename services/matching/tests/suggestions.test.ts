import { Suggestions } from '@lantern/contracts';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { rosterPeerOf } from '../src/domain/profiles.js';
import { suggestionsFor } from '../src/domain/suggestions.js';
import { aClient, aMatch, aPeer, arbitraryWorld, evenings, idOf, NOW } from './fixtures.js';

const idsOf = (entries: readonly { peerId: string }[]) => entries.map((entry) => entry.peerId);

describe('suggestions for one client', () => {
  it('rank a perinatal-experience, same-language peer above a closer-zone peer without it', () => {
    // Prepare: a Spanish-speaking parent-to-be in Toronto
    const client = aClient(1, { languages: ['es', 'en'], supportAreas: ['pregnancy_birth', 'parenting'] });
    const perinatal = aPeer(1, {
      timeZone: 'America/Vancouver',
      availability: evenings('14:00', '19:00'),
      languages: ['es', 'en'],
      livedExperience: ['pregnancy_birth', 'parenting'],
    });
    const nearby = aPeer(2, { languages: ['en'], livedExperience: ['mental_health'] });
    // Act
    const suggestions = suggestionsFor({ client, peers: [nearby, perinatal].map(rosterPeerOf), matches: [], now: NOW });
    // Assess
    expect(idsOf(suggestions?.items ?? [])).toEqual([perinatal.peerId, nearby.peerId]);
    const [first, second] = suggestions?.items ?? [];
    const pointsOf = (item: typeof first, criterion: string) =>
      item?.reasons.find((reason) => reason.criterion === criterion)?.points ?? -1;
    expect(pointsOf(second, 'time_zone')).toBeGreaterThan(pointsOf(first, 'time_zone'));
    expect(first?.displayName).toBe('Peer1 R.');
  });

  it('never offer an English-only peer to a client who requires French', () => {
    // Prepare
    const client = aClient(1, {
      languages: ['fr', 'en'],
      peerPreferences: [{ attribute: 'language', value: 'fr', strength: 'required' }],
    });
    const englishOnly = aPeer(1, { languages: ['en'] });
    const bilingual = aPeer(2, { languages: ['en', 'fr'] });
    // Act
    const suggestions = suggestionsFor({
      client,
      peers: [englishOnly, bilingual].map(rosterPeerOf),
      matches: [],
      now: NOW,
    });
    // Assess
    expect(idsOf(suggestions?.items ?? [])).toEqual([bilingual.peerId]);
    expect(suggestions?.excluded).toEqual([
      {
        peerId: englishOnly.peerId,
        displayName: 'Peer1 R.',
        because: ['does not meet the required language fr'],
        codes: ['required_preference'],
      },
    ]);
  });

  it('list a peer at capacity under excluded with "at capacity"', () => {
    // Prepare
    const full = aPeer(1, { capacity: 2, caseload: 2 });
    // Act
    const suggestions = suggestionsFor({ client: aClient(1), peers: [rosterPeerOf(full)], matches: [], now: NOW });
    // Assess
    expect(suggestions?.items).toEqual([]);
    expect(suggestions?.excluded[0]?.codes).toContain('at_capacity');
    expect(suggestions?.excluded[0]?.because.join(' ')).toContain('at capacity');
  });

  it('never suggest again a peer the client ended a match with, but do after a coordinator ended it', () => {
    // Prepare
    const peers = [aPeer(1), aPeer(2)].map(rosterPeerOf);
    const endedByClient = aMatch(1, 1, { status: 'ended', endedBy: 'client', endedAt: NOW.toISOString() });
    const endedByCoordinator = aMatch(1, 2, { status: 'ended', endedBy: 'coordinator', endedAt: NOW.toISOString() });
    // Act
    const suggestions = suggestionsFor({
      client: aClient(1),
      peers,
      matches: [endedByClient, endedByCoordinator],
      now: NOW,
    });
    // Assess
    expect(idsOf(suggestions?.items ?? [])).toEqual([idOf('pr', 2)]);
    expect(suggestions?.excluded[0]?.because).toEqual(['excluded: the client ended a past match with this peer']);
  });

  it('are not ready while only an update of the client has arrived', () => {
    const client = { clientId: idOf('cl', 1) };
    expect(suggestionsFor({ client, peers: [rosterPeerOf(aPeer(1))], matches: [], now: NOW })).toBeUndefined();
  });

  it('list every peer exactly once, in items or in excluded, in the shape of the contract', () => {
    fc.assert(
      fc.property(arbitraryWorld(1, 8), ({ clients, peers }) => {
        // Prepare
        const client = clients[0] as (typeof clients)[number];
        // Act
        const suggestions = suggestionsFor({ client, peers: peers.map(rosterPeerOf), matches: [], now: NOW });
        // Assess
        const listed = [...idsOf(suggestions?.items ?? []), ...idsOf(suggestions?.excluded ?? [])];
        expect(listed.sort()).toEqual(peers.map((peer) => peer.peerId).sort());
        expect(Suggestions.safeParse(suggestions).error).toBeUndefined();
      }),
      { numRuns: 60 },
    );
  });
});
