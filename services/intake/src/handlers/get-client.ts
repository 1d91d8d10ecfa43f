import { ForbiddenProblem, httpHandler, NotFoundProblem } from '@lantern/runtime';
import { toClientRecord } from '../store/client-items.js';
import { getClientItem, recordAudit } from '../store/clients-store.js';
import { ClientPath } from './client-path.js';

/**
 * GET /clients/{clientId} (coordinator, or the client's own peer). Every read, and every refused
 * attempt, is audited before any data leaves; if the audit cannot be written, nothing is returned.
 */
export const handler = httpHandler({ path: ClientPath }, async ({ path, auth, event }) => {
  const actor = auth!;
  const item = await getClientItem(path.clientId);
  if (!item) throw new NotFoundProblem('No client with this id.');

  const isCoordinator = actor.roles.includes('coordinator') || actor.roles.includes('admin');
  const isTheirPeer = actor.roles.includes('peer') && item.peerSubject === actor.subject;
  const allowed = isCoordinator || isTheirPeer;
  await recordAudit({
    clientId: path.clientId,
    action: allowed ? 'read' : 'read_denied',
    actor,
    sourceIp: event.requestContext.http.sourceIp,
    userAgent: event.requestContext.http.userAgent,
  });
  if (!allowed) throw new ForbiddenProblem('Peers can read only the clients they are matched with.');
  return { status: 200, body: toClientRecord(item) };
});
