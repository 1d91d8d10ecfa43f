import { answer, defineRoute, Plan, PlanIdParams, problems } from '@lantern/contracts';

export const getPlanRoute = defineRoute({
  operationId: 'getPlan',
  summary: 'Read a plan (the client’s peer or a coordinator; audited)',
  method: 'GET',
  path: '/plans/{planId}',
  auth: ['coordinator', 'peer'],
  rateClass: 'staff',
  params: PlanIdParams,
  responses: { 200: answer('The plan, with its version as ETag', Plan), ...problems(400, 401, 403, 404) },
});
