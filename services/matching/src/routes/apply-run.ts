import { ApplyRunResult, answer, defineRoute, MatchingRun, problems, RunIdParams } from '@lantern/contracts';

export const applyRunRoute = defineRoute({
  operationId: 'applyMatchingRun',
  summary: 'Confirm what still holds of a proposal; the rest is listed as conflicts, never forced',
  method: 'POST',
  path: '/matching/runs/{runId}/apply',
  auth: ['coordinator'],
  rateClass: 'staff',
  params: RunIdParams,
  responses: {
    200: answer('Applied and conflicting pairs', ApplyRunResult),
    202: answer('Too large for one request: applying goes on; GET the run until it is applied', MatchingRun),
    ...problems(400, 401, 403, 404, 409),
  },
});
