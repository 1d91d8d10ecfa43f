import { httpHandler } from '@lantern/runtime';
import { setAvailability } from '../domain/peers.js';
import { setPeerAvailabilityRoute } from '../routes/set-peer-availability.js';
import { savePeerChange } from './save-peer-change.js';

/** PUT /peers/{peerId}/availability (coordinator, or that peer): weekly windows and time off. */
export const handler = httpHandler(setPeerAvailabilityRoute, async ({ params, body, headers, caller }) =>
  savePeerChange(caller, params.peerId, headers['if-match'], (peer, _editor, now) => setAvailability(peer, body, now)),
);
