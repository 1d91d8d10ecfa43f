import { answer, ClientIdParams, defineRoute, problems, Suggestions } from '@lantern/contracts';

export const getSuggestionsRoute = defineRoute({
  operationId: 'getSuggestions',
  summary: 'Every eligible peer ranked with reasons; every other peer under `excluded` with why',
  method: 'GET',
  path: '/clients/{clientId}/suggestions',
  auth: ['coordinator'],
  rateClass: 'staff',
  params: ClientIdParams,
  responses: { 200: answer('Ranked suggestions and the excluded', Suggestions), ...problems(400, 401, 403, 404) },
});
