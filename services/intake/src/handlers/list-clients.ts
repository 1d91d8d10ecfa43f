import { ListClientsQuery } from '@lantern/contracts';
import { httpHandler, ValidationProblem } from '@lantern/runtime';
import { listClients } from '../store/clients-store.js';

/** GET /clients (coordinator): the triage queue, urgent first then longest waiting. */
export const handler = httpHandler({ query: ListClientsQuery }, async ({ query }) => {
  const page = await listClients(query);
  if (page === 'badCursor') {
    throw new ValidationProblem([{ path: 'query.cursor', message: 'This cursor does not belong to this listing' }]);
  }
  return { status: 200, body: page };
});
