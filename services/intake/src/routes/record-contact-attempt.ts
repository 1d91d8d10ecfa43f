import {
  answer,
  ClientHistoryEntry,
  ClientIdParams,
  ContactAttemptRequest,
  defineRoute,
  idempotencyKeyHeader,
  problems,
} from '@lantern/contracts';

export const recordContactAttemptRoute = defineRoute({
  operationId: 'recordContactAttempt',
  summary: 'Record an attempt to reach a client (when, how, outcome); kept in the client history and audited',
  method: 'POST',
  path: '/clients/{clientId}/contact-attempts',
  auth: ['coordinator'],
  rateClass: 'staff',
  params: ClientIdParams,
  body: ContactAttemptRequest,
  bodyExample: {
    at: '2027-03-09T18:30:00Z',
    channel: 'phone',
    outcome: 'left_message',
    note: 'Will try again tomorrow evening',
  },
  headers: idempotencyKeyHeader,
  responses: {
    201: answer('The history entry as stored', ClientHistoryEntry),
    ...problems(400, 401, 403, 404, 422),
  },
});
