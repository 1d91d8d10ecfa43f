import { answer, ClientIdParams, ContactList, defineRoute, PageQuery, problems } from '@lantern/contracts';

export const listContactsRoute = defineRoute({
  operationId: 'listContacts',
  summary: "A client's check-ins between sessions, newest first (audited)",
  method: 'GET',
  path: '/clients/{clientId}/contacts',
  auth: ['coordinator', 'peer'],
  rateClass: 'staff',
  params: ClientIdParams,
  query: PageQuery,
  responses: { 200: answer('A page of check-ins', ContactList), ...problems(400, 401, 403) },
});
