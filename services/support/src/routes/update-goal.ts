import {
  answer,
  defineRoute,
  EXAMPLE_UPDATE_GOAL,
  Goal,
  GoalIdParams,
  ifMatchHeader,
  problems,
  UpdateGoalRequest,
} from '@lantern/contracts';

export const updateGoalRoute = defineRoute({
  operationId: 'updateGoal',
  summary: 'Change steps, title or status, or record progress at a session (publishes GoalProgressed)',
  method: 'PATCH',
  path: '/goals/{goalId}',
  auth: ['coordinator', 'peer'],
  rateClass: 'staff',
  params: GoalIdParams,
  body: UpdateGoalRequest,
  bodyExample: EXAMPLE_UPDATE_GOAL,
  headers: ifMatchHeader,
  responses: { 200: answer('The goal as it now is', Goal), ...problems(400, 401, 403, 404, 412) },
});
