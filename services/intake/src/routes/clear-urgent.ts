import {
  answer,
  ClientIdParams,
  ClientRecord,
  defineRoute,
  ifMatchHeader,
  problems,
  UrgentClearanceRequest,
} from '@lantern/contracts';

export const clearUrgentRoute = defineRoute({
  operationId: 'clearUrgent',
  summary: 'Clear a client’s urgent flag, with the reason; kept in the client history and audited',
  method: 'POST',
  path: '/clients/{clientId}/urgent-clearance',
  auth: ['coordinator'],
  rateClass: 'staff',
  params: ClientIdParams,
  body: UrgentClearanceRequest,
  bodyExample: { reason: 'Reached by phone; safe tonight and has the crisis line number' },
  headers: ifMatchHeader,
  responses: {
    200: answer('The record as it now is', ClientRecord),
    ...problems(400, 401, 403, 404, 409, 412),
  },
});
