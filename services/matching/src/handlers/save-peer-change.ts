import type { Peer } from '@lantern/contracts';
import type { Caller } from '@lantern/runtime';
import type { PeerChange, PeerEditor } from '../domain/peers.js';
import { ConflictError, CoordinatorOnlyError, StaleVersionError } from '../domain/refusals.js';
import { peersStore } from '../store/default-store.js';
import { etagOf, isCoordinator, peerForCaller } from './peer-access.js';
import { peerUpdatedEvent } from './peer-events.js';

/** Without If-Match, a change that lost a race (a confirmation moved the caseload) is redone this often. */
const ATTEMPTS = 3;

/**
 * A change to one peer record by a coordinator or the peer themselves: checked against If-Match,
 * worked out by `change` on the fresh record, written with its PeerUpdated event; a change that
 * changes nothing writes nothing.
 */
export async function savePeerChange(
  caller: Caller,
  peerId: string,
  expected: number | undefined,
  change: (peer: Peer, editor: PeerEditor, now: Date) => PeerChange,
) {
  for (let attempt = 0; attempt < ATTEMPTS; attempt++) {
    const current = await peerForCaller(caller, peerId);
    if (expected !== undefined && expected !== current.version) throw new StaleVersionError(current.version);
    const now = new Date();
    const outcome = change(current, isCoordinator(caller) ? 'coordinator' : 'self', now);
    if (outcome.kind === 'refused') throw new CoordinatorOnlyError(outcome.fields);
    if (outcome.kind === 'unchanged') return { status: 200, body: current, headers: etagOf(current.version) };
    const written = await peersStore.savePeerChange(current, outcome.peer, peerUpdatedEvent(outcome.peer), now);
    if (written === 'saved') return { status: 200, body: outcome.peer, headers: etagOf(outcome.peer.version) };
    if (written === 'emailTaken') throw new ConflictError('Another peer has this email; nothing was written.');
    if (expected !== undefined) {
      const fresh = await peerForCaller(caller, peerId);
      if (fresh.version !== expected) throw new StaleVersionError(fresh.version);
    }
  }
  throw new ConflictError('This record is changing right now; nothing was written. Try again.');
}
