import { httpHandler, ValidationProblem } from '@lantern/runtime';
import { listPeersRoute } from '../routes/list-peers.js';
import { peersStore } from '../store/default-store.js';
import { isCoordinator } from './peer-access.js';

/** GET /peers: the roster for a coordinator; for a peer, a list of one (their own record). */
export const handler = httpHandler(listPeersRoute, async ({ query, caller }) => {
  if (!isCoordinator(caller)) {
    const peerId = await peersStore.peerIdByEmail(caller.username);
    const own = peerId === undefined ? undefined : await peersStore.getPeer(peerId);
    const items = own && (query.status === undefined || own.status === query.status) ? [own] : [];
    return { status: 200, body: { items, nextCursor: null } };
  }
  const page = await peersStore.listPeers(query);
  if (page === 'badCursor') {
    throw new ValidationProblem([{ path: 'query.cursor', message: 'This cursor does not belong to this listing' }]);
  }
  return { status: 200, body: page };
});
