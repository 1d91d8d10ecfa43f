import { actsAs, type Peer } from '@lantern/contracts';
import type { Caller } from '@lantern/runtime';
import { NotFoundError, NotYoursError } from '../domain/refusals.js';
import { peersStore } from '../store/default-store.js';

export const isCoordinator = (caller: Caller): boolean => actsAs(caller.roles, 'coordinator');

/** Whether this peer record is the caller's own (linked by the sign-in name, API.md "Conventions"). */
export const isOwnRecord = (caller: Caller, peer: Peer): boolean =>
  peer.email.toLowerCase() === caller.username.toLowerCase();

/**
 * The peer a caller may read or change: a coordinator any (404 when absent), a peer only their own
 * (the same 403 whether or not the record exists, so a refusal tells nothing about it).
 */
export async function peerForCaller(caller: Caller, peerId: string): Promise<Peer> {
  const peer = await peersStore.getPeer(peerId);
  if (isCoordinator(caller)) {
    if (!peer) throw new NotFoundError('No peer with this id.');
    return peer;
  }
  if (!peer || !isOwnRecord(caller, peer)) throw new NotYoursError();
  return peer;
}

export const etagOf = (version: number) => ({ etag: `"${version}"` });
