import { buildEvent, type Match, MatchConfirmed, type MatchReason, type Peer } from '@lantern/contracts';
import { decideConfirmation, type Refusal } from '../domain/confirm.js';
import { newEventId, newMatchId } from '../domain/ids.js';
import { confirmedMatch, matchConfirmedData } from '../domain/matches.js';
import type { WaitingClient } from '../domain/waiting-clients.js';
import { matchesStore, peersStore } from '../store/default-store.js';
import type { ConfirmCheck } from '../store/matches-store.js';

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
  const { client, peer } = pair;
  if (client === undefined) throw new Error('decideConfirmation accepts only a known client');
  const now = new Date();
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
  const outcome = await matchesStore.confirm(match, event, now);
  if (outcome === 'saved') return { ok: true, match };
  const refusals = await refusalsOf(outcome, pair);
  // A condition failed yet nothing read explains it: the peer's place went meanwhile.
  if (refusals.length === 0)
    refusals.push({ code: 'peer_at_capacity', detail: 'this pair changed meanwhile; try again' });
  return { ok: false, refusals };
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
