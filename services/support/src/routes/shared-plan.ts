import { answer, defineRoute, problems, SharedPlanParams, SharedPlanView } from '@lantern/contracts';

export const sharedPlanRoute = defineRoute({
  operationId: 'getSharedPlan',
  summary: 'The plan a link shares, read-only, in the client’s language (public, signed)',
  method: 'GET',
  path: '/shared-plans/{token}',
  auth: 'public',
  rateClass: 'anonymousRead',
  params: SharedPlanParams,
  responses: {
    200: answer('The plan', SharedPlanView),
    403: { description: 'A wrong, tampered or expired link' },
    ...problems(400, 404),
  },
});
