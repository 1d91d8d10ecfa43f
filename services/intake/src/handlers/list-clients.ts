import { httpHandler, ValidationProblem } from '@lantern/runtime';
import { listClientsRoute } from '../routes/list-clients.js';
import { clientsStore } from '../store/default-store.js';

/** GET /clients (coordinator): the triage queue, urgent first then longest waiting. */
export const handler = httpHandler(listClientsRoute, async ({ query }) => {
  const page = await clientsStore.listClients(query);
  if (page === 'badCursor') {
    throw new ValidationProblem([{ path: 'query.cursor', message: 'This cursor does not belong to this listing' }]);
  }
  return { status: 200, body: page };
});
