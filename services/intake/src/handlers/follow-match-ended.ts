import { MatchEnded } from '@lantern/contracts';
import { eventHandler } from '@lantern/runtime';
import { followMatchEnded } from '../domain/match-link.js';
import { table } from '../store/default-store.js';
import { followMatch } from './follow-match.js';

/** MatchEnded → back to the waitlist; the peer no longer reads the record. */
export const handler = eventHandler(MatchEnded, { idempotencyTable: table }, async ({ data }) =>
  followMatch(data.clientId, (record, link, now) => followMatchEnded(record, link, data, now)),
);
