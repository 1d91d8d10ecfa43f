import {
  answer,
  defineRoute,
  EXAMPLE_SHARE_PLAN,
  PlanIdParams,
  PlanShare,
  problems,
  SharePlanRequest,
} from '@lantern/contracts';

export const sharePlanRoute = defineRoute({
  operationId: 'sharePlan',
  summary: 'A signed, expiring read-only link to the plan for the client, in their language',
  method: 'POST',
  path: '/plans/{planId}/shares',
  auth: ['coordinator', 'peer'],
  rateClass: 'staff',
  params: PlanIdParams,
  body: SharePlanRequest,
  bodyExample: EXAMPLE_SHARE_PLAN,
  responses: { 201: answer('The link', PlanShare), ...problems(400, 401, 403, 404) },
});
