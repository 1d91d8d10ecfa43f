import { answer, ClientList, defineRoute, ListClientsQuery, problems } from '@lantern/contracts';

export const listClientsRoute = defineRoute({
  operationId: 'listClients',
  summary: "The coordinator's queue: urgent first, then oldest first",
  method: 'GET',
  path: '/clients',
  auth: ['coordinator'],
  rateClass: 'staff',
  query: ListClientsQuery,
  responses: { 200: answer('A page', ClientList), ...problems(400, 401, 403) },
});
