import { buildEvent, MatchEnded } from '@lantern/contracts';
import { httpHandler } from '@lantern/runtime';
import { newEventId } from '../domain/ids.js';
import { endMatch, matchEndedData } from '../domain/matches.js';
import { ConflictError, NotFoundError } from '../domain/refusals.js';
import { endMatchRoute } from '../routes/end-match.js';
import { matchesStore } from '../store/default-store.js';

/** POST /matches/{matchId}/end (coordinator): the peer's place is freed; ending it again changes nothing. */
export const handler = httpHandler(endMatchRoute, async ({ params, body }) => {
  const before = await matchesStore.getMatch(params.matchId);
  if (!before) throw new NotFoundError('No match with this id.');
  const now = new Date();
  const outcome = endMatch(before, body, now);
  if (!outcome.changed) return { status: 200, body: outcome.match };
  const event = buildEvent(MatchEnded, matchEndedData(outcome.match), {
    eventId: newEventId(),
    occurredAt: now.toISOString(),
  });
  if (!(await matchesStore.end(before, outcome.match, event, now))) {
    throw new ConflictError('This match changed while it was being ended; nothing was written. Reload and try again.');
  }
  return { status: 200, body: outcome.match };
});
