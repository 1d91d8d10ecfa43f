import { answer, ClientHistory, ClientHistoryQuery, ClientIdParams, defineRoute, problems } from '@lantern/contracts';

export const getClientHistoryRoute = defineRoute({
  operationId: 'getClientHistory',
  summary:
    'A client’s follow-up history, newest first: status changes, contact attempts, urgent flag cleared (audited)',
  method: 'GET',
  path: '/clients/{clientId}/history',
  auth: ['coordinator'],
  rateClass: 'staff',
  params: ClientIdParams,
  query: ClientHistoryQuery,
  responses: { 200: answer('One page of the history', ClientHistory), ...problems(400, 401, 403, 404) },
});
