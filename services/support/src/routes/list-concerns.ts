import { answer, ClientIdParams, ConcernList, defineRoute, ListConcernsQuery, problems } from '@lantern/contracts';

export const listConcernsRoute = defineRoute({
  operationId: 'listConcerns',
  summary: "A client's concerns, newest first (audited)",
  method: 'GET',
  path: '/clients/{clientId}/concerns',
  auth: ['coordinator', 'peer'],
  rateClass: 'staff',
  params: ClientIdParams,
  query: ListConcernsQuery,
  responses: { 200: answer('A page of concerns', ConcernList), ...problems(400, 401, 403) },
});
