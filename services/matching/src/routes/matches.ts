import {
  answer,
  CreateMatchRequest,
  defineRoute,
  EndMatchRequest,
  EXAMPLE_CREATE_MATCH,
  EXAMPLE_END_MATCH,
  ListMatchesQuery,
  Match,
  MatchIdParams,
  MatchList,
  problems,
} from '@lantern/contracts';

export const createMatchRoute = defineRoute({
  operationId: 'createMatch',
  summary: 'Confirm a match; 409 (nothing written) if the peer is full or not active, or the client is taken',
  method: 'POST',
  path: '/matches',
  auth: ['coordinator'],
  rateClass: 'staff',
  body: CreateMatchRequest,
  bodyExample: EXAMPLE_CREATE_MATCH,
  responses: { 201: answer('Confirmed', Match), ...problems(400, 401, 403, 404, 409) },
});

export const listMatchesRoute = defineRoute({
  operationId: 'listMatches',
  summary: 'Matches (a peer sees their own)',
  method: 'GET',
  path: '/matches',
  auth: ['coordinator', 'peer'],
  rateClass: 'staff',
  query: ListMatchesQuery,
  responses: { 200: answer('A page', MatchList), ...problems(400, 401, 403) },
});

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
