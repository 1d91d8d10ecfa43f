import {
  answer,
  ClientIdParams,
  Concern,
  defineRoute,
  EXAMPLE_RAISE_CONCERN,
  idempotencyKeyHeader,
  problems,
  RaiseConcernRequest,
} from '@lantern/contracts';

export const raiseConcernRoute = defineRoute({
  operationId: 'raiseConcern',
  summary: 'Raise a concern about a client to the coordinators (a discreet alert; publishes ConcernRaised)',
  method: 'POST',
  path: '/clients/{clientId}/concerns',
  auth: ['coordinator', 'peer'],
  rateClass: 'staff',
  params: ClientIdParams,
  body: RaiseConcernRequest,
  bodyExample: EXAMPLE_RAISE_CONCERN,
  headers: idempotencyKeyHeader,
  responses: { 201: answer('The concern, open', Concern), ...problems(400, 401, 403, 409) },
});
