import { buildEvent, type OutgoingEvent, type Peer, PeerUpdated } from '@lantern/contracts';
import { newEventId } from '../domain/ids.js';
import { peerUpdatedData } from '../domain/peers.js';

/** `PeerUpdated` for a peer as it now is (what scheduling needs of it). */
export const peerUpdatedEvent = (peer: Peer): OutgoingEvent =>
  buildEvent(PeerUpdated, peerUpdatedData(peer), { eventId: newEventId(), occurredAt: peer.updatedAt });
