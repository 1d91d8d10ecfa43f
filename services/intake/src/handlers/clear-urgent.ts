import { buildEvent, ClientUpdated } from '@lantern/contracts';
import { httpHandler } from '@lantern/runtime';
import { BusyRecordError, ClientNotFoundError, NotUrgentError, StaleVersionError } from '../domain/errors.js';
import { clearUrgent } from '../domain/follow-up.js';
import { newEventId } from '../domain/ids.js';
import { clearUrgentRoute } from '../routes/clear-urgent.js';
import { clientHistory, clientsStore } from '../store/default-store.js';
import { auditRefusal } from './audit-refusal.js';

const ATTEMPTS = 3;

/**
 * POST /clients/{clientId}/urgent-clearance (coordinator): the client is no longer urgent, for the
 * reason given. The record, its history entry and ClientUpdated (`urgent: false`, no reason) are one
 * transaction; the reason stays in intake.
 */
export const handler = httpHandler(
  clearUrgentRoute,
  async ({ params, body, headers, caller, source }) => {
    const expected = headers['if-match'];
    for (let attempt = 0; attempt < ATTEMPTS; attempt++) {
      const stored = await clientsStore.getClient(params.clientId);
      if (!stored) throw new ClientNotFoundError();
      if (expected !== undefined && expected !== stored.record.version)
        throw new StaleVersionError(stored.record.version);
      const now = new Date();
      const cleared = clearUrgent(stored.record, body.reason, { username: caller.username, now });
      if (!cleared) throw new NotUrgentError();

      const { record, entry } = cleared;
      const event = buildEvent(
        ClientUpdated,
        { clientId: record.clientId, changes: { urgent: false }, updatedAt: record.updatedAt },
        { eventId: newEventId(), occurredAt: record.updatedAt },
      );
      const saved = await clientsStore.saveClientChange(stored, record, event, now, [
        clientHistory.put(record.clientId, entry),
      ]);
      if (saved) {
        await clientsStore.recordAudit({
          clientId: record.clientId,
          action: 'update',
          actor: caller,
          sourceIp: source.ip,
          userAgent: source.userAgent,
          changedFields: ['urgent'],
        });
        return { status: 200, body: record, headers: { etag: `"${record.version}"` } };
      }
      if (expected !== undefined) throw new StaleVersionError(stored.record.version + 1);
    }
    throw new BusyRecordError();
  },
  { auditRefusal: auditRefusal('update_denied') },
);
