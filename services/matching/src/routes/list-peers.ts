import { answer, defineRoute, ListPeersQuery, PeerList, problems } from '@lantern/contracts';

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
