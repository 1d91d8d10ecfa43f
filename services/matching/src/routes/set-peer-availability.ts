import {
  answer,
  defineRoute,
  EXAMPLE_PEER_AVAILABILITY,
  ifMatchHeader,
  Peer,
  PeerAvailabilityRequest,
  PeerIdParams,
  problems,
} from '@lantern/contracts';

export const setPeerAvailabilityRoute = defineRoute({
  operationId: 'setPeerAvailability',
  summary: 'Set weekly availability and time off (coordinator, or that peer)',
  method: 'PUT',
  path: '/peers/{peerId}/availability',
  auth: ['coordinator', 'peer'],
  rateClass: 'staff',
  params: PeerIdParams,
  body: PeerAvailabilityRequest,
  bodyExample: EXAMPLE_PEER_AVAILABILITY,
  headers: ifMatchHeader,
  responses: { 200: answer('The peer as it now is', Peer), ...problems(400, 401, 403, 404, 412) },
});
