import { actsAs } from '@lantern/contracts';
import { httpHandler, ValidationProblem } from '@lantern/runtime';
import { SessionAccessDeniedError } from '../domain/errors.js';
import { listSessionsRoute } from '../routes/list-sessions.js';
import { sessionsStore } from '../store/default-store.js';
import { ownPeerId } from './shared/access.js';

/**
 * GET /sessions: a peer's or a client's sessions in time order. A peer lists only their own: by
 * default, and when they name a client, only that client's sessions with them.
 */
export const handler = httpHandler(listSessionsRoute, async ({ query, caller }) => {
  const range = { from: query.from, to: query.to, limit: query.limit, cursor: query.cursor };
  if (actsAs(caller.roles, 'coordinator')) {
    if (query.peerId) return { status: 200, body: await sessionsStore.listSessions({ peerId: query.peerId }, range) };
    if (query.clientId) {
      return { status: 200, body: await sessionsStore.listSessions({ clientId: query.clientId }, range) };
    }
    throw new ValidationProblem([{ path: 'peerId', message: 'Name a peer or a client.' }]);
  }
  const peerId = await ownPeerId(caller);
  if (!peerId || (query.peerId !== undefined && query.peerId !== peerId)) throw new SessionAccessDeniedError();
  const page = await sessionsStore.listSessions({ peerId }, range);
  const items = query.clientId ? page.items.filter((session) => session.clientId === query.clientId) : page.items;
  return { status: 200, body: { items, nextCursor: page.nextCursor } };
});
