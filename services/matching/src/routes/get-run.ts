import { answer, defineRoute, MatchingRun, problems, RunIdParams } from '@lantern/contracts';

export const getRunRoute = defineRoute({
  operationId: 'getMatchingRun',
  summary: 'A matching run and its proposal',
  method: 'GET',
  path: '/matching/runs/{runId}',
  auth: ['coordinator'],
  rateClass: 'staff',
  params: RunIdParams,
  responses: { 200: answer('The run', MatchingRun), ...problems(400, 401, 403, 404) },
});
