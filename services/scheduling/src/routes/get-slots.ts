import { answer, defineRoute, problems, SlotList, SlotsQuery } from '@lantern/contracts';
import { MatchIdParams } from '../route-params.js';

export const getSlotsRoute = defineRoute({
  operationId: 'getSlots',
  summary: 'Open slots for a match: starts where both people are free, ranked same time every week first',
  method: 'GET',
  path: '/matches/{matchId}/slots',
  auth: ['coordinator', 'peer'],
  rateClass: 'staff',
  params: MatchIdParams,
  query: SlotsQuery,
  responses: { 200: answer('Open slots as UTC instants', SlotList), ...problems(400, 401, 403, 404) },
});
