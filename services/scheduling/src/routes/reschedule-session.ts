import {
  answer,
  defineRoute,
  EXAMPLE_RESCHEDULE,
  problems,
  RescheduleRequest,
  RescheduleResult,
} from '@lantern/contracts';
import { SessionIdParams } from '../route-params.js';

export const rescheduleSessionRoute = defineRoute({
  operationId: 'rescheduleSession',
  summary: 'Move one occurrence, or it and the rest of its series; ids kept, sequence raised',
  method: 'PATCH',
  path: '/sessions/{sessionId}',
  auth: ['coordinator', 'peer'],
  rateClass: 'staff',
  params: SessionIdParams,
  body: RescheduleRequest,
  bodyExample: EXAMPLE_RESCHEDULE,
  responses: {
    200: answer('The moved sessions', RescheduleResult),
    ...problems(400, 401, 403, 404, 409, 413, 415),
  },
});
