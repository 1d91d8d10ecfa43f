import type { Match, Suggestions } from '@lantern/contracts';
import { type MatchingConfig, suggestPeers } from '@lantern/matching-engine';
import { clientProfileOf, type RosterPeer } from './profiles.js';
import type { WaitingClient } from './waiting-clients.js';

export interface SuggestionInput {
  readonly client: WaitingClient;
  /** Every peer on the roster: each ends up in `items` or in `excluded`. */
  readonly peers: readonly RosterPeer[];
  /** The client's matches (others' are ignored): an ended one may exclude its peer. */
  readonly matches: readonly Match[];
  readonly now: Date;
  readonly config?: MatchingConfig;
}

/**
 * Every peer for one client: the eligible ones ranked with their reasons and points, the others
 * with every reason they are not (a coordinator can always see why someone is not listed).
 * `undefined` while the client's intake has not arrived.
 */
export function suggestionsFor(input: SuggestionInput): Suggestions | undefined {
  const profile = clientProfileOf(input.client, input.matches);
  if (profile === undefined) return undefined;
  const names = new Map(input.peers.map((peer) => [peer.profile.id, peer.displayName]));
  const nameOf = (peerId: string) => names.get(peerId) ?? '';
  const options = { now: input.now, ...(input.config === undefined ? {} : { config: input.config }) };
  const ranked = suggestPeers(
    profile,
    input.peers.map((peer) => peer.profile),
    options,
  );
  return {
    items: ranked.items.map((item) => ({
      peerId: item.peerId,
      displayName: nameOf(item.peerId),
      score: item.score,
      reasons: [...item.reasons],
    })),
    excluded: ranked.excluded.map((peer) => ({
      peerId: peer.peerId,
      displayName: nameOf(peer.peerId),
      because: [...peer.because],
      codes: [...peer.codes],
    })),
  };
}
