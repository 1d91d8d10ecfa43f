import { httpHandler } from '@lantern/runtime';
import { getPeerRoute } from '../routes/get-peer.js';
import { etagOf, peerForCaller } from './peer-access.js';

/** GET /peers/{peerId} (coordinator, or that peer). */
export const handler = httpHandler(getPeerRoute, async ({ params, caller }) => {
  const peer = await peerForCaller(caller, params.peerId);
  return { status: 200, body: peer, headers: etagOf(peer.version) };
});
