import { MatchConfirmed } from '@lantern/contracts';
import { eventHandler } from '@lantern/runtime';
import { followMatchConfirmed } from '../domain/match-link.js';
import { table } from '../store/default-store.js';
import { followMatch } from './follow-match.js';

/** MatchConfirmed → the client is matched, and their peer may read the record. */
export const handler = eventHandler(MatchConfirmed, { idempotencyTable: table }, async ({ data }) =>
  followMatch(data.clientId, (record, link, now) => followMatchConfirmed(record, link, data, now)),
);
