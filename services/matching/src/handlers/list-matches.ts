import { httpHandler, ValidationProblem } from '@lantern/runtime';
import { NotYoursError } from '../domain/refusals.js';
import { listMatchesRoute } from '../routes/list-matches.js';
import { matchesStore, peersStore } from '../store/default-store.js';
import { isCoordinator } from './peer-access.js';

/** GET /matches: a coordinator's filtered list; a peer lists only their own matches. */
export const handler = httpHandler(listMatchesRoute, async ({ query, caller }) => {
  let filters = query;
  if (!isCoordinator(caller)) {
    const ownId = await peersStore.peerIdByEmail(caller.username);
    if (ownId === undefined || (query.peerId !== undefined && query.peerId !== ownId)) throw new NotYoursError();
    filters = { ...query, peerId: ownId };
  }
  const page = await matchesStore.listMatches(filters);
  if (page === 'badCursor') {
    throw new ValidationProblem([{ path: 'query.cursor', message: 'This cursor does not belong to this listing' }]);
  }
  return { status: 200, body: page };
});
