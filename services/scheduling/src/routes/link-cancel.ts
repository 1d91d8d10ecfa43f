import { answer, defineRoute, EXAMPLE_LINK_CANCEL, LinkCancelRequest, LinkView, problems } from '@lantern/contracts';
import { LinkTokenParams } from '../route-params.js';

export const linkCancelRoute = defineRoute({
  operationId: 'linkCancel',
  summary: 'The client cancels their occurrence, or it and the rest, from its signed link',
  method: 'POST',
  path: '/links/{token}/cancel',
  auth: 'public',
  rateClass: 'anonymousWrite',
  params: LinkTokenParams,
  body: LinkCancelRequest,
  bodyExample: EXAMPLE_LINK_CANCEL,
  responses: {
    200: answer('The link page as it now is', LinkView),
    ...problems(400, 403, 409, 413, 415),
  },
});
