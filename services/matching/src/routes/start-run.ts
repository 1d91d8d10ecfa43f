import { answer, defineRoute, MatchingRun, problems } from '@lantern/contracts';

export const startRunRoute = defineRoute({
  operationId: 'startMatchingRun',
  summary: 'Propose the best matching of the whole waitlist; nothing is applied',
  method: 'POST',
  path: '/matching/runs',
  auth: ['coordinator'],
  rateClass: 'staff',
  responses: { 201: answer('The proposal', MatchingRun), ...problems(401, 403) },
});
