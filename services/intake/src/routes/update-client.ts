import {
  answer,
  ClientIdParams,
  ClientRecord,
  defineRoute,
  ifMatchHeader,
  PatchClientRequest,
  problems,
} from '@lantern/contracts';

export const updateClientRoute = defineRoute({
  operationId: 'updateClient',
  summary: 'Change status (with a reason) or contact details; a change that changes nothing writes nothing',
  method: 'PATCH',
  path: '/clients/{clientId}',
  auth: ['coordinator'],
  rateClass: 'staff',
  params: ClientIdParams,
  body: PatchClientRequest,
  bodyExample: { status: 'waitlisted', reason: 'Reviewed; waiting for a peer with perinatal experience' },
  headers: ifMatchHeader,
  responses: {
    200: answer('The record as it now is', ClientRecord),
    ...problems(400, 401, 403, 404, 409, 412),
  },
});
