import { httpHandler, ValidationProblem } from '@lantern/runtime';
import { ClientNotFoundError } from '../domain/errors.js';
import { getClientHistoryRoute } from '../routes/get-client-history.js';
import { clientHistory, clientsStore } from '../store/default-store.js';
import { auditRefusal } from './audit-refusal.js';

/** GET /clients/{clientId}/history (coordinator): one page of the client's history; a read, so audited. */
export const handler = httpHandler(
  getClientHistoryRoute,
  async ({ params, query, caller, source }) => {
    if (!(await clientsStore.getClient(params.clientId))) throw new ClientNotFoundError();
    const page = await clientHistory.list(params.clientId, query);
    if (page === 'badCursor')
      throw new ValidationProblem([{ path: 'cursor', message: 'Not a cursor of this listing' }]);
    await clientsStore.recordAudit({
      clientId: params.clientId,
      action: 'read',
      actor: caller,
      sourceIp: source.ip,
      userAgent: source.userAgent,
    });
    return { status: 200, body: page };
  },
  { auditRefusal: auditRefusal('read_denied') },
);
