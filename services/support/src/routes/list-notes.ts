import { answer, ClientIdParams, defineRoute, NoteList, PageQuery, problems } from '@lantern/contracts';

export const listNotesRoute = defineRoute({
  operationId: 'listNotes',
  summary: "A client's session notes, newest first; restricted notes are only counted (audited)",
  method: 'GET',
  path: '/clients/{clientId}/notes',
  auth: ['coordinator', 'peer'],
  rateClass: 'staff',
  params: ClientIdParams,
  query: PageQuery,
  responses: { 200: answer('A page of notes', NoteList), ...problems(400, 401, 403) },
});
