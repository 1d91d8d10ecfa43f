import { answer, ClientIdParams, defineRoute, PageQuery, PlanList, problems } from '@lantern/contracts';

export const listPlansRoute = defineRoute({
  operationId: 'listPlans',
  summary: "A client's plans, newest first (the client's peer or a coordinator; audited)",
  method: 'GET',
  path: '/clients/{clientId}/plans',
  auth: ['coordinator', 'peer'],
  rateClass: 'staff',
  params: ClientIdParams,
  query: PageQuery,
  responses: { 200: answer('A page of plans', PlanList), ...problems(400, 401, 403) },
});
