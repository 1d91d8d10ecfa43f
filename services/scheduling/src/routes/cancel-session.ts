import { answer, CancelQuery, CancelResult, defineRoute, problems } from '@lantern/contracts';
import { SessionIdParams } from '../route-params.js';

export const cancelSessionRoute = defineRoute({
  operationId: 'cancelSession',
  summary: 'Cancel one occurrence, or it and the rest of its series',
  method: 'DELETE',
  path: '/sessions/{sessionId}',
  auth: ['coordinator', 'peer'],
  rateClass: 'staff',
  params: SessionIdParams,
  query: CancelQuery,
  responses: { 200: answer('The cancelled sessions', CancelResult), ...problems(400, 401, 403, 404, 409) },
});
