import { MatchEnded } from '@lantern/contracts';
import { eventHandler } from '@lantern/runtime';
import { applyMatchEnded } from '../domain/index.js';
import { projectionsStore, table } from '../store/default-store.js';

/** MatchEnded → the match can no longer be booked; ending is final whatever the order of events. */
export const handler = eventHandler(MatchEnded, { idempotencyTable: table }, async ({ data }) => {
  const current = await projectionsStore.getMatch(data.matchId);
  const next = applyMatchEnded(current?.record, data);
  if (next) await projectionsStore.putMatch(next, current?.revision ?? 0);
});
