import { MatchConfirmed } from '@lantern/contracts';
import { eventHandler } from '@lantern/runtime';
import { applyMatchConfirmed } from '../domain/index.js';
import { projectionsStore, table } from '../store/default-store.js';

/** MatchConfirmed → scheduling's copy of the match: both people's zones and availability, first names. */
export const handler = eventHandler(MatchConfirmed, { idempotencyTable: table }, async ({ data }) => {
  const current = await projectionsStore.getMatch(data.matchId);
  const next = applyMatchConfirmed(current?.record, data);
  if (next) await projectionsStore.putMatch(next, current?.revision ?? 0);
});
