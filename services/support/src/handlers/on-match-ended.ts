import { MatchEnded } from '@lantern/contracts';
import { eventHandler } from '@lantern/runtime';
import { projections, table } from '../store/default-store.js';

/** MatchEnded → the peer no longer reaches the client (an ended match stays ended, whatever the order). */
export const handler = eventHandler(MatchEnded, { idempotencyTable: table }, async ({ data }) => {
  await projections.recordMatchEnded({ clientId: data.clientId, matchId: data.matchId, at: data.at });
});
