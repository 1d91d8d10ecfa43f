import {
  answer,
  defineRoute,
  EXAMPLE_LINK_RESCHEDULE,
  LinkRescheduleRequest,
  LinkView,
  problems,
} from '@lantern/contracts';
import { LinkTokenParams } from '../route-params.js';

export const linkRescheduleRoute = defineRoute({
  operationId: 'linkReschedule',
  summary: 'The client moves their occurrence from its signed link; 409 if the time is taken',
  method: 'POST',
  path: '/links/{token}/reschedule',
  auth: 'public',
  rateClass: 'anonymousWrite',
  params: LinkTokenParams,
  body: LinkRescheduleRequest,
  bodyExample: EXAMPLE_LINK_RESCHEDULE,
  responses: {
    200: answer('The link page as it now is', LinkView),
    ...problems(400, 403, 409, 413, 415),
  },
});
