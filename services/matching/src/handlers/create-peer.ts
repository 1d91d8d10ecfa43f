import { httpHandler } from '@lantern/runtime';
import { newPeerId } from '../domain/ids.js';
import { createPeer } from '../domain/peers.js';
import { ConflictError } from '../domain/refusals.js';
import { createPeerRoute } from '../routes/create-peer.js';
import { peersStore } from '../store/default-store.js';
import { etagOf } from './peer-access.js';
import { peerUpdatedEvent } from './peer-events.js';

/** POST /peers (coordinator): a new peer, linked to their sign-in by email; 409 if that email has one. */
export const handler = httpHandler(createPeerRoute, async ({ body }) => {
  const now = new Date();
  const peer = createPeer(body, newPeerId(), now);
  const outcome = await peersStore.createPeer(peer, peerUpdatedEvent(peer), now);
  if (outcome !== 'saved') throw new ConflictError('A peer with this email already exists; nothing was written.');
  return { status: 201, body: peer, headers: etagOf(peer.version) };
});
