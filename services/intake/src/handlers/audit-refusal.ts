import { ClientId } from '@lantern/contracts';
import type { Refusal } from '@lantern/runtime';
import { clientsStore } from '../store/default-store.js';

/** A refused call on a client record is audited like a read (DESIGN §5), whoever refused it. */
export function auditRefusal(action: 'read_denied' | 'update_denied') {
  return async (refusal: Refusal): Promise<void> => {
    const clientId = ClientId.safeParse(refusal.pathParameters.clientId);
    if (!clientId.success) return;
    await clientsStore.recordAudit({
      clientId: clientId.data,
      action,
      actor: refusal.caller,
      sourceIp: refusal.source.ip,
      userAgent: refusal.source.userAgent,
      reason: refusal.reason,
    });
  };
}
