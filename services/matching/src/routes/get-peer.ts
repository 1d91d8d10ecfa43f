import { answer, defineRoute, Peer, PeerIdParams, problems } from '@lantern/contracts';

export const getPeerRoute = defineRoute({
  operationId: 'getPeer',
  summary: 'Read a peer (coordinator, or that peer)',
  method: 'GET',
  path: '/peers/{peerId}',
  auth: ['coordinator', 'peer'],
  rateClass: 'staff',
  params: PeerIdParams,
  responses: { 200: answer('The peer, with its version as ETag', Peer), ...problems(400, 401, 403, 404) },
});
