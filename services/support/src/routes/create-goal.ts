import {
  answer,
  ClientIdParams,
  CreateGoalRequest,
  defineRoute,
  EXAMPLE_CREATE_GOAL,
  Goal,
  idempotencyKeyHeader,
  problems,
} from '@lantern/contracts';

export const createGoalRoute = defineRoute({
  operationId: 'createGoal',
  summary: 'Set a goal with the client, in their own words, with steps',
  method: 'POST',
  path: '/clients/{clientId}/goals',
  auth: ['coordinator', 'peer'],
  rateClass: 'staff',
  params: ClientIdParams,
  body: CreateGoalRequest,
  bodyExample: EXAMPLE_CREATE_GOAL,
  headers: idempotencyKeyHeader,
  responses: { 201: answer('The goal, with its version as ETag', Goal), ...problems(400, 401, 403, 409) },
});
