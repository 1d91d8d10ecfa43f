import {
  answer,
  defineRoute,
  EndMatchRequest,
  EXAMPLE_END_MATCH,
  Match,
  MatchIdParams,
  problems,
} from '@lantern/contracts';

export const endMatchRoute = defineRoute({
  operationId: 'endMatch',
  summary: "End a match; the peer's place is freed, a client-ended pair is never suggested again",
  method: 'POST',
  path: '/matches/{matchId}/end',
  auth: ['coordinator'],
  rateClass: 'staff',
  params: MatchIdParams,
  body: EndMatchRequest,
  bodyExample: EXAMPLE_END_MATCH,
  responses: { 200: answer('The match as it now is', Match), ...problems(400, 401, 403, 404, 409) },
});
