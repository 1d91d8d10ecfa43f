import {
  answer,
  defineRoute,
  EXAMPLE_RESTRICTED_READ,
  Note,
  NoteIdParams,
  problems,
  RestrictedReadRequest,
} from '@lantern/contracts';

export const getRestrictedNoteRoute = defineRoute({
  operationId: 'readRestrictedNote',
  summary: "Read a restricted note: the client's peer, or a coordinator with a reason (audited)",
  method: 'POST',
  path: '/notes/{noteId}/restricted-reads',
  auth: ['coordinator', 'peer'],
  rateClass: 'staff',
  params: NoteIdParams,
  body: RestrictedReadRequest,
  bodyExample: EXAMPLE_RESTRICTED_READ,
  responses: {
    200: answer('The note', Note),
    422: { description: 'A coordinator gave no reason' },
    ...problems(400, 401, 403, 404),
  },
});
