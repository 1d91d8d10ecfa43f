import { httpHandler } from '@lantern/runtime';
import { replacePeer } from '../domain/peers.js';
import { replacePeerRoute } from '../routes/replace-peer.js';
import { savePeerChange } from './save-peer-change.js';

/** PUT /peers/{peerId}: a coordinator, or the peer (who may not change capacity, status or email). */
export const handler = httpHandler(replacePeerRoute, async ({ params, body, headers, caller }) =>
  savePeerChange(caller, params.peerId, headers['if-match'], (peer, editor, now) =>
    replacePeer(peer, body, editor, now),
  ),
);
