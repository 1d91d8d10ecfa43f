import { answer, defineRoute, EXAMPLE_OUTCOME, OutcomeRequest, problems, Session } from '@lantern/contracts';
import { SessionIdParams } from '../route-params.js';

export const recordOutcomeRoute = defineRoute({
  operationId: 'recordOutcome',
  summary: 'Record a session as completed or a no-show, once it has started',
  method: 'POST',
  path: '/sessions/{sessionId}/outcome',
  auth: ['peer', 'coordinator'],
  rateClass: 'staff',
  params: SessionIdParams,
  body: OutcomeRequest,
  bodyExample: EXAMPLE_OUTCOME,
  responses: {
    200: answer('The session as it now is', Session),
    ...problems(400, 401, 403, 404, 409, 413, 415),
  },
});
