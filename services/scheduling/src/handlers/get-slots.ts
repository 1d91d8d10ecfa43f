import { httpHandler } from '@lantern/runtime';
import { getSlotsRoute } from '../routes/get-slots.js';
import { pairForCaller } from './shared/access.js';
import { openSlots } from './shared/slots.js';

/** GET /matches/{matchId}/slots: starts where both people are free, same time every week first. */
export const handler = httpHandler(getSlotsRoute, async ({ params, query, caller }) => {
  const pair = await pairForCaller(caller, params.matchId);
  return { status: 200, body: { items: await openSlots(pair, query, new Date()) } };
});
