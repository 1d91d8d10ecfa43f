import { answer, CreateMatchRequest, defineRoute, EXAMPLE_CREATE_MATCH, Match, problems } from '@lantern/contracts';

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
