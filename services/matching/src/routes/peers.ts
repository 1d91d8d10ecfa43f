import {
  answer,
  defineRoute,
  EXAMPLE_PEER,
  EXAMPLE_PEER_AVAILABILITY,
  ifMatchHeader,
  ListPeersQuery,
  Peer,
  PeerAvailabilityRequest,
  PeerIdParams,
  PeerInput,
  PeerList,
  problems,
} from '@lantern/contracts';

export const listPeersRoute = defineRoute({
  operationId: 'listPeers',
  summary: 'The roster (a peer sees a list of one: themselves)',
  method: 'GET',
  path: '/peers',
  auth: ['coordinator', 'peer'],
  rateClass: 'staff',
  query: ListPeersQuery,
  responses: { 200: answer('A page', PeerList), ...problems(400, 401, 403) },
});

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
