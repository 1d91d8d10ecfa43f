import {
  answer,
  defineRoute,
  EXAMPLE_PEER,
  ifMatchHeader,
  Peer,
  PeerIdParams,
  PeerInput,
  problems,
} from '@lantern/contracts';

export const replacePeerRoute = defineRoute({
  operationId: 'replacePeer',
  summary: 'Replace the profile (a peer may edit their own, but not capacity, status or email)',
  method: 'PUT',
  path: '/peers/{peerId}',
  auth: ['coordinator', 'peer'],
  rateClass: 'staff',
  params: PeerIdParams,
  body: PeerInput,
  bodyExample: EXAMPLE_PEER,
  headers: ifMatchHeader,
  responses: { 200: answer('The peer as it now is', Peer), ...problems(400, 401, 403, 404, 412) },
});
