import {
  buildEvent,
  type Match,
  MatchConfirmed,
  type MatchReason,
  type OutgoingEvent,
  type Peer,
} from '@lantern/contracts';
import { decideConfirmation, type Refusal } from '../domain/confirm.js';
import { newEventId, newMatchId } from '../domain/ids.js';
import { confirmedMatch, matchConfirmedData } from '../domain/matches.js';
import type { WaitingClient } from '../domain/waiting-clients.js';
import { matchesStore, peersStore } from '../store/default-store.js';
import { type ConfirmCheck, MAX_PAIRS_TOGETHER } from '../store/matches-store.js';

export interface PairToConfirm {
  readonly client: WaitingClient | undefined;
  readonly peer: Peer;
  readonly clientMatches: readonly Match[];
  readonly score: number;
  readonly reasons: readonly MatchReason[];
  readonly confirmedBy: string;
  readonly runId?: string;
}

export type Confirmation =
  | { readonly ok: true; readonly match: Match }
  | { readonly ok: false; readonly refusals: Refusal[] };

/**
 * Confirms one pair: the domain's checks on what was read, then the store's conditional
 * transaction, which repeats them at commit. A pair that loses a race is refused, nothing written.
 */
export async function confirmPair(pair: PairToConfirm): Promise<Confirmation> {
  const decision = decideConfirmation(pair);
  if (!decision.ok) return { ok: false, refusals: [...decision.refusals] };
  const now = new Date();
  const { match, event } = confirmationOf(pair, now);
  const outcome = await matchesStore.confirm(match, event, now);
  if (outcome === 'saved') return { ok: true, match };
  const refusals = await refusalsOf(outcome, pair);
  // A condition failed yet nothing read explains it: the peer's place went meanwhile.
  if (refusals.length === 0)
    refusals.push({ code: 'peer_at_capacity', detail: 'this pair changed meanwhile; try again' });
  return { ok: false, refusals };
}

/**
 * Confirms a run's pairs with one peer, in order: those the domain accepts go in transactions of
 * up to 19 pairs (one round trip, not one per pair). If a condition fails in one, nothing of it is
 * written and each of its pairs is tried alone, so every refusal is told precisely.
 */
export async function confirmPeerPairs(peer: Peer, pairs: readonly PairToConfirm[]): Promise<Confirmation[]> {
  const accepted = pairs.filter((pair) => decideConfirmation(pair).ok);
  const together = new Map<PairToConfirm, Confirmation>();
  const now = new Date();
  for (const chunk of chunksOf(accepted.length > 1 ? accepted : [], MAX_PAIRS_TOGETHER)) {
    const confirmations = chunk.map((pair) => confirmationOf(pair, now));
    if ((await matchesStore.confirmTogether(peer, confirmations, now)) === 'refused') continue;
    for (const [index, pair] of chunk.entries())
      together.set(pair, { ok: true, match: (confirmations[index] as { match: Match }).match });
  }
  const outcomes: Confirmation[] = [];
  for (const pair of pairs) outcomes.push(together.get(pair) ?? (await confirmPair(pair)));
  return outcomes;
}

/** The match and its `MatchConfirmed` event for a pair the domain accepted. */
function confirmationOf(pair: PairToConfirm, now: Date): { match: Match; event: OutgoingEvent } {
  const { client, peer } = pair;
  if (client === undefined) throw new Error('decideConfirmation accepts only a known client');
  const match = confirmedMatch({
    matchId: newMatchId(),
    clientId: client.clientId,
    peerId: peer.peerId,
    score: pair.score,
    reasons: pair.reasons,
    confirmedBy: pair.confirmedBy,
    now,
    ...(pair.runId === undefined ? {} : { runId: pair.runId }),
  });
  const event = buildEvent(MatchConfirmed, matchConfirmedData(match, client, peer), {
    eventId: newEventId(),
    occurredAt: match.confirmedAt,
  });
  return { match, event };
}

function chunksOf<T>(items: readonly T[], size: number): T[][] {
  return Array.from({ length: Math.ceil(items.length / size) }, (_, n) => items.slice(n * size, (n + 1) * size));
}

/** Why the transaction was cancelled, read again: the peer's place went to someone else, or the client's. */
async function refusalsOf(failed: readonly ConfirmCheck[], pair: PairToConfirm): Promise<Refusal[]> {
  const refusals: Refusal[] = [];
  for (const check of failed) {
    if (check === 'peerHasRoom') {
      const fresh = (await peersStore.getPeer(pair.peer.peerId)) ?? pair.peer;
      const full = { ...fresh, caseload: Math.max(fresh.caseload, fresh.capacity) };
      const decision = decideConfirmation({
        client: pair.client,
        peer: fresh.status === 'active' ? full : fresh,
        clientMatches: [],
      });
      if (!decision.ok) refusals.push(...decision.refusals.filter((r) => r.code.startsWith('peer_')));
    }
    if (check === 'clientFree')
      refusals.push({ code: 'client_has_active_match', detail: 'this client has just been matched' });
    if (check === 'pairNotEndedByClient') {
      refusals.push({ code: 'client_ended_match_with_peer', detail: 'the client ended a past match with this peer' });
    }
    if (check === 'clientOpen') refusals.push({ code: 'client_closed', detail: 'this client’s record is closed' });
  }
  return refusals;
}
