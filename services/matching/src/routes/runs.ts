import { ApplyRunResult, answer, defineRoute, MatchingRun, problems, RunIdParams } from '@lantern/contracts';

export const startRunRoute = defineRoute({
  operationId: 'startMatchingRun',
  summary: 'Propose the best matching of the whole waitlist; nothing is applied',
  method: 'POST',
  path: '/matching/runs',
  auth: ['coordinator'],
  rateClass: 'staff',
  responses: { 201: answer('The proposal', MatchingRun), ...problems(401, 403) },
});

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
