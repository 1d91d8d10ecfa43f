import { describe, expect, it } from 'vitest';
import {
  applyMatchConfirmed,
  applyMatchEnded,
  applyPeerUpdated,
  type PeerUpdatedData,
  schedulingPairOf,
} from '../src/domain/index.js';
import { MATCH_CONFIRMED } from './fixtures.js';

const peerEvent = (version: number, overrides: Partial<PeerUpdatedData> = {}): PeerUpdatedData => ({
  peerId: MATCH_CONFIRMED.peerId,
  firstName: 'Alex',
  email: 'alex@example.org',
  timeZone: 'America/Toronto',
  availability: [{ day: 'thu', start: '09:00', end: '12:00' }],
  timeOff: [],
  status: 'active',
  version,
  updatedAt: `2027-02-0${version}T00:00:00Z`,
  ...overrides,
});
const ended = {
  matchId: MATCH_CONFIRMED.matchId,
  clientId: MATCH_CONFIRMED.clientId,
  peerId: MATCH_CONFIRMED.peerId,
  at: '2027-02-05T00:00:00Z',
};

describe('the peer projection', () => {
  it('keeps the newest version whatever order the events arrive in, and ignores a duplicate', () => {
    const newer = applyPeerUpdated(undefined, peerEvent(3, { timeZone: 'Europe/Paris' }));
    expect(applyPeerUpdated(newer, peerEvent(2))).toBeUndefined();
    expect(applyPeerUpdated(newer, peerEvent(3, { timeZone: 'Europe/Paris' }))).toBeUndefined();
    expect(applyPeerUpdated(newer, peerEvent(4))?.timeZone).toBe('America/Toronto');
  });
});

describe('the match projection', () => {
  it('schedules for a confirmed match, with the peer’s newest availability', () => {
    const match = applyMatchConfirmed(undefined, MATCH_CONFIRMED);
    const peer = applyPeerUpdated(undefined, peerEvent(2));
    expect(schedulingPairOf(match)?.peer.availability).toEqual(MATCH_CONFIRMED.peer.availability);
    expect(schedulingPairOf(match, peer)?.peer.availability).toEqual([{ day: 'thu', start: '09:00', end: '12:00' }]);
  });

  it('stays ended when MatchEnded arrives before MatchConfirmed, and ignores duplicates', () => {
    const tombstone = applyMatchEnded(undefined, ended);
    const late = applyMatchConfirmed(tombstone, MATCH_CONFIRMED);
    expect(late?.status).toBe('ended');
    expect(schedulingPairOf(late)).toBeUndefined();
    expect(applyMatchConfirmed(late, MATCH_CONFIRMED)).toBeUndefined();
    expect(applyMatchEnded(late, ended)).toBeUndefined();
  });

  it('schedules nothing for a peer who is not active', () => {
    const match = applyMatchConfirmed(undefined, MATCH_CONFIRMED);
    expect(schedulingPairOf(match, applyPeerUpdated(undefined, peerEvent(2, { status: 'on_leave' })))).toBeUndefined();
  });
});
