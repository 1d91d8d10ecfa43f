import { ApplyRunResult, answer, defineRoute, problems, RunIdParams } from '@lantern/contracts';

export const applyRunRoute = defineRoute({
  operationId: 'applyMatchingRun',
  summary: 'Confirm what still holds of a proposal; the rest is listed as conflicts, never forced',
  method: 'POST',
  path: '/matching/runs/{runId}/apply',
  auth: ['coordinator'],
  rateClass: 'staff',
  params: RunIdParams,
  responses: { 200: answer('Applied and conflicting pairs', ApplyRunResult), ...problems(400, 401, 403, 404) },
});
