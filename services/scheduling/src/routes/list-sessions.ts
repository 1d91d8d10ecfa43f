import { answer, defineRoute, ListSessionsQuery, problems, SessionList } from '@lantern/contracts';

export const listSessionsRoute = defineRoute({
  operationId: 'listSessions',
  summary: 'Sessions of a peer or a client in a time range (a peer sees only their own)',
  method: 'GET',
  path: '/sessions',
  auth: ['coordinator', 'peer'],
  rateClass: 'staff',
  query: ListSessionsQuery,
  responses: { 200: answer('A page, in time order', SessionList), ...problems(400, 401, 403) },
});
