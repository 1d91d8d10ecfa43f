import { answer, ClientIdParams, ClientRecord, defineRoute, problems } from '@lantern/contracts';

export const getClientRoute = defineRoute({
  operationId: 'getClient',
  summary: 'Read a client record (coordinator, or the client’s peer); every read and refusal is audited',
  method: 'GET',
  path: '/clients/{clientId}',
  auth: ['coordinator', 'peer'],
  rateClass: 'staff',
  params: ClientIdParams,
  responses: { 200: answer('The record, with its version as ETag', ClientRecord), ...problems(400, 401, 403, 404) },
});
