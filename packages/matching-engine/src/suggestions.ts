import { type IneligibilityCode, ineligibilitiesOf, type OverlapSink } from './eligibility.js';
import { contextOf, type MatchingOptions } from './options.js';
import { prepareClient, preparePeer } from './prepared.js';
import type { ClientProfile, PeerProfile } from './profiles.js';
import { type ScoredPair, type ScoreReason, scorePair } from './score.js';

export interface Suggestion {
  readonly peerId: string;
  readonly score: number;
  readonly reasons: readonly ScoreReason[];
}

/** A peer who is not listed, and every reason why (a coordinator must always see why). */
export interface ExcludedPeer {
  readonly peerId: string;
  readonly because: readonly string[];
  readonly codes: readonly IneligibilityCode[];
}

export interface Suggestions {
  readonly items: readonly Suggestion[];
  readonly excluded: readonly ExcludedPeer[];
}

/**
 * Every eligible peer for one client, best first: by score, then by more free places, then by
 * peer id, so equal scores always come out in the same order. Every other peer is in `excluded`.
 */
export function suggestPeers(
  client: ClientProfile,
  peers: readonly PeerProfile[],
  options: MatchingOptions,
): Suggestions {
  const context = contextOf(options);
  const { config } = context;
  const preparedClient = prepareClient(client, context);
  const overlap: OverlapSink = { totalMinutes: 0, longestMinutes: 0 };
  const ranked: (Suggestion & { room: number })[] = [];
  const excluded: ExcludedPeer[] = [];
  for (const peer of peers) {
    const preparedPeer = preparePeer(peer, context);
    const failures = ineligibilitiesOf(preparedClient, preparedPeer, config.sessionMinutes, overlap);
    if (failures.length > 0) {
      excluded.push({
        peerId: peer.id,
        because: failures.map((failure) => failure.detail),
        codes: failures.map((failure) => failure.code),
      });
      continue;
    }
    const { score, reasons } = scorePair(preparedClient, preparedPeer, overlap.totalMinutes, config);
    ranked.push({ peerId: peer.id, score, reasons, room: preparedPeer.room });
  }
  ranked.sort((x, y) => y.score - x.score || y.room - x.room || compareIds(x.peerId, y.peerId));
  excluded.sort((x, y) => compareIds(x.peerId, y.peerId));
  return { items: ranked.map(({ room: _room, ...suggestion }) => suggestion), excluded };
}

function compareIds(x: string, y: string): number {
  return x < y ? -1 : x > y ? 1 : 0;
}

/**
 * The score of one pair with its reasons, whether or not the pair is eligible (a confirmed match
 * records it). For an eligible pair it equals that peer's suggestion score.
 */
export function scorePeerFor(client: ClientProfile, peer: PeerProfile, options: MatchingOptions): ScoredPair {
  const context = contextOf(options);
  const preparedClient = prepareClient(client, context);
  const preparedPeer = preparePeer(peer, context);
  const overlap: OverlapSink = { totalMinutes: 0, longestMinutes: 0 };
  ineligibilitiesOf(preparedClient, preparedPeer, context.config.sessionMinutes, overlap);
  return scorePair(preparedClient, preparedPeer, overlap.totalMinutes, context.config);
}
