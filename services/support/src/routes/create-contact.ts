import {
  answer,
  ClientIdParams,
  Contact,
  CreateContactRequest,
  defineRoute,
  EXAMPLE_CREATE_CONTACT,
  idempotencyKeyHeader,
  problems,
} from '@lantern/contracts';

export const createContactRoute = defineRoute({
  operationId: 'createContact',
  summary: 'Log a text or phone check-in, on a channel the client consented to',
  method: 'POST',
  path: '/clients/{clientId}/contacts',
  auth: ['coordinator', 'peer'],
  rateClass: 'staff',
  params: ClientIdParams,
  body: CreateContactRequest,
  bodyExample: EXAMPLE_CREATE_CONTACT,
  headers: idempotencyKeyHeader,
  responses: {
    201: answer('The check-in', Contact),
    422: { description: 'The client has not consented to that channel' },
    ...problems(400, 401, 403, 409),
  },
});
