import {
  answer,
  ClientIdParams,
  CreatePlanRequest,
  defineRoute,
  EXAMPLE_CREATE_PLAN,
  idempotencyKeyHeader,
  Plan,
  problems,
} from '@lantern/contracts';

export const createPlanRoute = defineRoute({
  operationId: 'createPlan',
  summary: 'Start a plan from a template; answers name the template’s sections',
  method: 'POST',
  path: '/clients/{clientId}/plans',
  auth: ['coordinator', 'peer'],
  rateClass: 'staff',
  params: ClientIdParams,
  body: CreatePlanRequest,
  bodyExample: EXAMPLE_CREATE_PLAN,
  headers: idempotencyKeyHeader,
  responses: { 201: answer('The plan, with its version as ETag', Plan), ...problems(400, 401, 403, 409, 422) },
});
