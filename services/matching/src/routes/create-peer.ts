import { answer, defineRoute, EXAMPLE_PEER, Peer, PeerInput, problems } from '@lantern/contracts';

export const createPeerRoute = defineRoute({
  operationId: 'createPeer',
  summary: 'Create a peer, linked to their staff account by email',
  method: 'POST',
  path: '/peers',
  auth: ['coordinator'],
  rateClass: 'staff',
  body: PeerInput,
  bodyExample: EXAMPLE_PEER,
  responses: { 201: answer('Created, with its version as ETag', Peer), ...problems(400, 401, 403, 409) },
});
