import { buildEvent, ClientUpdated } from '@lantern/contracts';
import { ConflictProblem, httpHandler, ValidationProblem } from '@lantern/runtime';
import { StatusChangeError } from '../domain/client.js';
import { BusyRecordError, ClientNotFoundError, StaleVersionError } from '../domain/errors.js';
import { statusChangedEntry } from '../domain/follow-up.js';
import { newEventId } from '../domain/ids.js';
import { applyPatch } from '../domain/patch.js';
import { updateClientRoute } from '../routes/update-client.js';
import { clientHistory, clientsStore } from '../store/default-store.js';
import { auditRefusal } from './audit-refusal.js';

/** Without If-Match, a change that lost a race is worked out again on the fresh record, this often. */
const ATTEMPTS = 3;

/**
 * PATCH /clients/{clientId} (coordinator): change status (with a reason) or contact details. A
 * change that changes nothing writes nothing; a stale If-Match gets 412.
 */
export const handler = httpHandler(
  updateClientRoute,
  async ({ params, body, headers, caller, source }) => {
    const expected = headers['if-match'];
    for (let attempt = 0; attempt < ATTEMPTS; attempt++) {
      const stored = await clientsStore.getClient(params.clientId);
      if (!stored) throw new ClientNotFoundError();
      const current = stored.record;
      if (expected !== undefined && expected !== current.version) throw new StaleVersionError(current.version);

      const now = new Date();
      let outcome: ReturnType<typeof applyPatch>;
      try {
        outcome = applyPatch(current, body, { username: caller.username, now });
      } catch (error) {
        if (error instanceof StatusChangeError) throw new ConflictProblem(error.message);
        throw error;
      }
      if ('phoneNeeded' in outcome) {
        throw new ValidationProblem([{ path: 'phone', message: 'A phone number is needed for calls or texts' }]);
      }
      const etag = { etag: `"${outcome.record.version}"` };
      if (Object.keys(outcome.changes).length === 0) return { status: 200, body: current, headers: etag };

      const { record, changes } = outcome;
      const event = buildEvent(
        ClientUpdated,
        { clientId: record.clientId, changes, updatedAt: record.updatedAt },
        { eventId: newEventId(), occurredAt: record.updatedAt },
      );
      const history =
        changes.status === undefined
          ? []
          : [clientHistory.put(record.clientId, statusChangedEntry(current, record, body.reason, { ...caller, now }))];
      if (await clientsStore.saveClientChange(stored, record, event, now, history)) {
        await clientsStore.recordAudit({
          clientId: record.clientId,
          action: 'update',
          actor: caller,
          sourceIp: source.ip,
          userAgent: source.userAgent,
          changedFields: Object.keys(changes),
        });
        return { status: 200, body: record, headers: etag };
      }
      if (expected !== undefined) throw new StaleVersionError(current.version + 1);
    }
    throw new BusyRecordError();
  },
  { auditRefusal: auditRefusal('update_denied') },
);
