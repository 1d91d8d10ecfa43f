import {
  answer,
  defineRoute,
  EXAMPLE_UPDATE_PLAN,
  ifMatchHeader,
  Plan,
  PlanIdParams,
  problems,
  UpdatePlanRequest,
} from '@lantern/contracts';

export const updatePlanRoute = defineRoute({
  operationId: 'updatePlan',
  summary: 'Set the title or some sections’ answers; a change that changes nothing writes nothing',
  method: 'PATCH',
  path: '/plans/{planId}',
  auth: ['coordinator', 'peer'],
  rateClass: 'staff',
  params: PlanIdParams,
  body: UpdatePlanRequest,
  bodyExample: EXAMPLE_UPDATE_PLAN,
  headers: ifMatchHeader,
  responses: { 200: answer('The plan as it now is', Plan), ...problems(400, 401, 403, 404, 412, 422) },
});
