import { describe, expect, it } from 'vitest';
import { DEFAULT_MATCHING_CONFIG, InvalidConfigError, scorePeerFor, suggestPeers } from '../src/index.js';
import { aClient, aPeer, evenings, JANUARY, JULY } from './fixtures.js';

describe('suggestPeers', () => {
  it('ranks a peer with perinatal lived experience who shares her language above a closer peer without it', () => {
    // Prepare: a Spanish-speaking parent in Toronto seeking perinatal support
    const parent = aClient({
      languages: ['es', 'en'],
      supportAreas: ['pregnancy_birth', 'parenting'],
      wantedSpecialties: ['birth_planning'],
    });
    const perinatalPeer = aPeer({
      id: 'pr_perinatal',
      timeZone: 'America/Vancouver',
      availability: evenings('14:00', '19:00'),
      languages: ['es', 'en'],
      livedExperience: ['pregnancy_birth', 'parenting'],
      specialties: ['birth_planning'],
    });
    const nearbyPeer = aPeer({ id: 'pr_nearby', livedExperience: ['mental_health'] });
    // Act
    const { items } = suggestPeers(parent, [nearbyPeer, perinatalPeer], { now: JANUARY });
    // Assess
    expect(items.map((item) => item.peerId)).toEqual(['pr_perinatal', 'pr_nearby']);
    const livedExperience = items[0]?.reasons.find((reason) => reason.criterion === 'lived_experience');
    expect(livedExperience?.detail).toContain('pregnancy birth');
    const timeZone = items[1]?.reasons.find((reason) => reason.criterion === 'time_zone');
    expect(timeZone?.points).toBeGreaterThan(items[0]?.reasons.find((r) => r.criterion === 'time_zone')?.points ?? 99);
  });

  it('never offers an English-only peer to a client who requires a French-speaking one', () => {
    // Prepare
    const client = aClient({
      languages: ['fr', 'en'],
      preferences: [{ attribute: 'language', value: 'fr', strength: 'required' }],
    });
    const englishOnly = aPeer({ id: 'pr_en', languages: ['en'] });
    const bilingual = aPeer({ id: 'pr_fr', languages: ['en', 'fr'] });
    // Act
    const { items, excluded } = suggestPeers(client, [englishOnly, bilingual], { now: JANUARY });
    // Assess
    expect(items.map((item) => item.peerId)).toEqual(['pr_fr']);
    expect(excluded).toEqual([
      { peerId: 'pr_en', codes: ['required_preference'], because: ['does not meet the required language fr'] },
    ]);
  });

  it('lists a peer at capacity under excluded with "at capacity"', () => {
    // Prepare
    const full = aPeer({ id: 'pr_full', capacity: 3, caseload: 3 });
    // Act
    const { items, excluded } = suggestPeers(aClient(), [full], { now: JANUARY });
    // Assess
    expect(items).toEqual([]);
    expect(excluded[0]?.because[0]).toContain('at capacity');
    expect(excluded[0]?.codes).toEqual(['at_capacity']);
  });

  it('lists every reason a peer is excluded, not only the first', () => {
    // Prepare
    const peer = aPeer({ status: 'on_leave', languages: ['de'], modalities: ['text'] });
    // Act
    const { excluded } = suggestPeers(aClient({ modalities: ['video'] }), [peer], { now: JANUARY });
    // Assess
    expect(excluded[0]?.codes).toEqual(['not_active', 'no_shared_language', 'no_shared_modality']);
  });

  it('excludes a peer the client ended a past match with', () => {
    // Prepare
    const client = aClient({ exclusions: [{ peerId: 'pr_peer', kind: 'client_ended_match' }] });
    // Act
    const { excluded } = suggestPeers(client, [aPeer()], { now: JANUARY });
    // Assess
    expect(excluded[0]?.because).toEqual(['excluded: the client ended a past match with this peer']);
  });

  it('compares a Toronto client and a Vancouver peer on real instants, not on clock readings', () => {
    // Prepare: 19–21 in Toronto is 16–18 in Vancouver, winter and summer alike (both shift together)
    const client = aClient({ availability: evenings('19:00', '21:00') });
    const sameInstants = aPeer({
      id: 'pr_same',
      timeZone: 'America/Vancouver',
      availability: evenings('16:00', '18:00'),
    });
    const sameClock = aPeer({
      id: 'pr_clock',
      timeZone: 'America/Vancouver',
      availability: evenings('19:00', '21:00'),
    });
    for (const now of [JANUARY, JULY]) {
      // Act
      const { items, excluded } = suggestPeers(client, [sameInstants, sameClock], { now });
      // Assess
      expect(items.map((item) => item.peerId)).toEqual(['pr_same']);
      expect(excluded.map((peer) => peer.codes)).toEqual([['no_shared_availability']]);
    }
  });

  it('finds evening windows that overlap only in winter eligible in January and not in July', () => {
    // Prepare: Toronto 20:00–21:00 is 19:00–20:00 in Regina in winter (UTC−5 vs UTC−6) but
    // 18:00–19:00 there in summer, when Toronto moves to UTC−4 and Saskatchewan does not.
    const client = aClient({ availability: evenings('20:00', '21:00') });
    const peer = aPeer({ timeZone: 'America/Regina', availability: evenings('19:00', '20:00') });
    // Act
    const winter = suggestPeers(client, [peer], { now: JANUARY });
    const summer = suggestPeers(client, [peer], { now: JULY });
    // Assess
    expect(winter.items.map((item) => item.peerId)).toEqual(['pr_peer']);
    expect(summer.excluded[0]?.codes).toEqual(['no_shared_availability']);
  });

  it('decides a pair whose only shared hour straddles the March change by the instants of each week', () => {
    // Prepare: Regina peer 19–20 matches Toronto 20–21 only before Toronto springs forward on 2027-03-14
    const client = aClient({ availability: [{ day: 'mon', start: '20:00', end: '21:00' }] });
    const peer = aPeer({ timeZone: 'America/Regina', availability: [{ day: 'mon', start: '19:00', end: '20:00' }] });
    const beforeChange = Date.parse('2027-03-01T12:00:00Z');
    const afterChange = Date.parse('2027-03-15T12:00:00Z');
    // Act
    const before = suggestPeers(client, [peer], { now: beforeChange, config: undefined });
    const after = suggestPeers(client, [peer], { now: afterChange });
    // Assess: two shared Mondays (Mar 1, Mar 8) before, none after
    expect(before.items).toHaveLength(1);
    expect(after.items).toHaveLength(0);
  });

  it('breaks equal scores by free places, then by peer id', () => {
    // Prepare
    const peers = [aPeer({ id: 'pr_b' }), aPeer({ id: 'pr_a' }), aPeer({ id: 'pr_c', caseload: 0 })];
    // Act
    const first = suggestPeers(aClient(), peers, { now: JANUARY });
    const again = suggestPeers(aClient(), [...peers].reverse(), { now: JANUARY });
    // Assess
    expect(first.items.map((item) => item.peerId)).toEqual(['pr_c', 'pr_a', 'pr_b']);
    expect(again.items).toEqual(first.items);
  });

  it('rejects a configuration whose weights could push a score above 100', () => {
    // Prepare
    const config = { ...DEFAULT_MATCHING_CONFIG, weights: { ...DEFAULT_MATCHING_CONFIG.weights, time_zone: 6 } };
    // Act / Assess
    expect(() => suggestPeers(aClient(), [aPeer()], { now: JANUARY, config })).toThrow(InvalidConfigError);
  });
});

describe('scorePeerFor', () => {
  it('gives an eligible pair the same score and reasons as its suggestion', () => {
    // Prepare
    const client = aClient({ supportAreas: ['mental_health', 'parenting'] });
    const peer = aPeer({ livedExperience: ['parenting'] });
    // Act
    const scored = scorePeerFor(client, peer, { now: JANUARY });
    const { items } = suggestPeers(client, [peer], { now: JANUARY });
    // Assess
    expect(items[0]).toEqual({ peerId: peer.id, score: scored.score, reasons: scored.reasons });
  });

  it('scores a pair that is not eligible, with the shared time it finds', () => {
    // Prepare
    const client = aClient({ availability: evenings('08:00', '09:00') });
    // Act
    const scored = scorePeerFor(client, aPeer(), { now: JANUARY });
    // Assess
    expect(scored.reasons.find((reason) => reason.criterion === 'shared_availability')?.points).toBe(0);
    expect(scored.score).toBe(scored.reasons.reduce((sum, reason) => sum + reason.points, 0));
  });
});
