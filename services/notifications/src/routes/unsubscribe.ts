import {
  answer,
  defineRoute,
  EXAMPLE_UNSUBSCRIBE,
  problems,
  UnsubscribeRequest,
  UnsubscribeResult,
} from '@lantern/contracts';

export const unsubscribeRoute = defineRoute({
  operationId: 'unsubscribe',
  summary: 'Stop non-essential messages to the address or number of a signed unsubscribe link (public)',
  method: 'POST',
  path: '/unsubscribe',
  auth: 'public',
  rateClass: 'anonymousWrite',
  body: UnsubscribeRequest,
  bodyExample: EXAMPLE_UNSUBSCRIBE,
  responses: {
    200: answer('Unsubscribed (again, if it already was)', UnsubscribeResult),
    ...problems(400, 403, 413, 415),
  },
});
