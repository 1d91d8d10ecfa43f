import {
  answer,
  BookSessionsRequest,
  BookSessionsResult,
  defineRoute,
  EXAMPLE_BOOK_SESSIONS,
  idempotencyKeyHeader,
  problems,
} from '@lantern/contracts';

export const bookSessionsRoute = defineRoute({
  operationId: 'bookSessions',
  summary: 'Book one session or a weekly series, all or nothing; 409 lists every clash',
  method: 'POST',
  path: '/sessions',
  auth: ['coordinator', 'peer'],
  rateClass: 'staff',
  body: BookSessionsRequest,
  bodyExample: EXAMPLE_BOOK_SESSIONS,
  headers: idempotencyKeyHeader,
  responses: {
    201: answer('Booked; skipped occurrences (time off) listed', BookSessionsResult),
    ...problems(400, 401, 403, 404, 409, 413, 415),
  },
});
