import type { ConfirmRefusal, Match, Peer } from '@lantern/contracts';
import { activeMatchOf, clientEndedPeers } from './profiles.js';
import { firstNameOf, type WaitingClient } from './waiting-clients.js';

export interface Refusal {
  readonly code: ConfirmRefusal;
  /** Worded for a coordinator: names the peer by first name, never the client's needs. */
  readonly detail: string;
}

export type ConfirmDecision = { readonly ok: true } | { readonly ok: false; readonly refusals: readonly Refusal[] };

export interface ConfirmationState {
  /** Undefined when matching has not heard of the client yet. */
  readonly client: WaitingClient | undefined;
  readonly peer: Peer;
  /** The client's matches, confirmed and ended (others' are ignored). */
  readonly clientMatches: readonly Match[];
}

/**
 * Whether a coordinator may confirm this pair now. Every failed check is listed. The store repeats
 * the capacity and one-active-match checks as conditions of its write, so two confirmations racing
 * for the last place cannot both pass.
 */
export function decideConfirmation({ client, peer, clientMatches }: ConfirmationState): ConfirmDecision {
  const refusals: Refusal[] = [];
  const refuse = (code: ConfirmRefusal, detail: string) => refusals.push({ code, detail });
  const name = firstNameOf(peer.displayName);
  if (client?.intake === undefined) refuse('client_unknown', 'this client’s intake has not reached matching yet');
  else if (client.status?.value === 'closed') refuse('client_closed', 'this client’s record is closed');
  const clientId = client?.clientId ?? '';
  const active = activeMatchOf(clientId, clientMatches);
  if (active !== undefined) refuse('client_has_active_match', 'this client already has a confirmed match');
  if (clientEndedPeers(clientId, clientMatches).includes(peer.peerId)) {
    refuse('client_ended_match_with_peer', `the client ended a past match with ${name}`);
  }
  if (peer.status !== 'active')
    refuse('peer_not_active', `${name} is not taking clients (${peer.status.replace('_', ' ')})`);
  if (peer.caseload >= peer.capacity) {
    refuse('peer_at_capacity', `${name} has just reached capacity (${peer.caseload} of ${peer.capacity} clients)`);
  }
  return refusals.length === 0 ? { ok: true } : { ok: false, refusals };
}
