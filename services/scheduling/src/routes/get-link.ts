import { answer, defineRoute, LinkView, problems } from '@lantern/contracts';
import { LinkTokenParams } from '../route-params.js';

export const getLinkRoute = defineRoute({
  operationId: 'getLink',
  summary: "The client's session link: the occurrence and the rest of its series in their zone, and open times",
  method: 'GET',
  path: '/links/{token}',
  auth: 'public',
  rateClass: 'anonymousRead',
  params: LinkTokenParams,
  responses: { 200: answer('What the client may see', LinkView), ...problems(400, 403) },
});
