import { answer, ClientIdParams, defineRoute, GoalList, PageQuery, problems } from '@lantern/contracts';

export const listGoalsRoute = defineRoute({
  operationId: 'listGoals',
  summary: "A client's goals, newest first (the client's peer or a coordinator; audited)",
  method: 'GET',
  path: '/clients/{clientId}/goals',
  auth: ['coordinator', 'peer'],
  rateClass: 'staff',
  params: ClientIdParams,
  query: PageQuery,
  responses: { 200: answer('A page of goals', GoalList), ...problems(400, 401, 403) },
});
