import { answer, defineRoute, ListMatchesQuery, MatchList, problems } from '@lantern/contracts';

export const listMatchesRoute = defineRoute({
  operationId: 'listMatches',
  summary: 'Matches (a peer sees their own)',
  method: 'GET',
  path: '/matches',
  auth: ['coordinator', 'peer'],
  rateClass: 'staff',
  query: ListMatchesQuery,
  responses: { 200: answer('A page', MatchList), ...problems(400, 401, 403) },
});
