import {
  answer,
  ClientIdParams,
  CreateNoteRequest,
  defineRoute,
  EXAMPLE_CREATE_NOTE,
  idempotencyKeyHeader,
  Note,
  problems,
} from '@lantern/contracts';

export const createNoteRoute = defineRoute({
  operationId: 'createNote',
  summary: 'Write a non-clinical session note; substanceUse puts it under its own access rule',
  method: 'POST',
  path: '/clients/{clientId}/notes',
  auth: ['coordinator', 'peer'],
  rateClass: 'staff',
  params: ClientIdParams,
  body: CreateNoteRequest,
  bodyExample: EXAMPLE_CREATE_NOTE,
  headers: idempotencyKeyHeader,
  responses: { 201: answer('The note', Note), ...problems(400, 401, 403, 409) },
});
