import { actsAs } from '@lantern/contracts';
import { httpHandler } from '@lantern/runtime';
import { ClientAccessDeniedError, ClientNotFoundError } from '../domain/errors.js';
import { getClientRoute } from '../routes/get-client.js';
import { clientsStore } from '../store/default-store.js';
import { auditRefusal } from './audit-refusal.js';

/**
 * GET /clients/{clientId} (coordinator, or the client's own peer). Every read, and every refused
 * attempt, is audited before any data leaves; if the audit cannot be written, nothing is returned.
 * A peer gets the same 403 whether or not the client exists.
 */
export const handler = httpHandler(
  getClientRoute,
  async ({ params, caller, source }) => {
    const stored = await clientsStore.getClient(params.clientId);
    const isCoordinator = actsAs(caller.roles, 'coordinator');
    const isTheirPeer = stored?.link !== undefined && stored.link.peerEmail === caller.username.toLowerCase();
    if (!isCoordinator && !isTheirPeer) throw new ClientAccessDeniedError();
    if (!stored) throw new ClientNotFoundError();
    await clientsStore.recordAudit({
      clientId: params.clientId,
      action: 'read',
      actor: caller,
      sourceIp: source.ip,
      userAgent: source.userAgent,
    });
    return { status: 200, body: stored.record, headers: { etag: `"${stored.record.version}"` } };
  },
  { auditRefusal: auditRefusal('read_denied') },
);
