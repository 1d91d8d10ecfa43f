import {
  answer,
  Concern,
  ConcernIdParams,
  defineRoute,
  EXAMPLE_RESOLVE_CONCERN,
  ifMatchHeader,
  problems,
  ResolveConcernRequest,
} from '@lantern/contracts';

export const resolveConcernRoute = defineRoute({
  operationId: 'resolveConcern',
  summary: 'A coordinator resolves a concern with a note',
  method: 'POST',
  path: '/concerns/{concernId}/resolution',
  auth: ['coordinator'],
  rateClass: 'staff',
  params: ConcernIdParams,
  body: ResolveConcernRequest,
  bodyExample: EXAMPLE_RESOLVE_CONCERN,
  headers: ifMatchHeader,
  responses: {
    200: answer('The concern, resolved', Concern),
    ...problems(400, 401, 403, 404, 409, 412),
  },
});
