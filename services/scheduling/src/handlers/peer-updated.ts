import { PeerUpdated } from '@lantern/contracts';
import { eventHandler } from '@lantern/runtime';
import { applyPeerUpdated } from '../domain/index.js';
import { projectionsStore, table } from '../store/default-store.js';

/** PeerUpdated → scheduling's copy of the peer (zone, availability, time off); newest version wins. */
export const handler = eventHandler(PeerUpdated, { idempotencyTable: table }, async ({ data }) => {
  const current = await projectionsStore.getPeer(data.peerId);
  const next = applyPeerUpdated(current?.record, data);
  if (next) await projectionsStore.putPeer(next, current?.revision ?? 0);
});
