import { buildEvent, ClientUpdated, PatchClientRequest } from '@lantern/contracts';
import { ConflictProblem, httpHandler, NotFoundProblem } from '@lantern/runtime';
import { changeStatus, StatusChangeError } from '../domain/client.js';
import { newEventId } from '../domain/ids.js';
import { toClientRecord } from '../store/client-items.js';
import { getClientItem, recordAudit, saveClientChange } from '../store/clients-store.js';
import { ClientPath } from './client-path.js';

/** PATCH /clients/{clientId} (coordinator): change status (with a reason) or contact details. */
export const handler = httpHandler(
  { path: ClientPath, body: PatchClientRequest },
  async ({ path, body, auth, event }) => {
    const actor = auth!;
    const item = await getClientItem(path.clientId);
    if (!item) throw new NotFoundProblem('No client with this id.');

    const now = new Date();
    let record = toClientRecord(item);
    try {
      if (body.status !== undefined && body.status !== record.status) {
        record = changeStatus(record, body.status, { reason: body.reason ?? '', by: actor.username, now });
      }
    } catch (error) {
      if (error instanceof StatusChangeError) throw new ConflictProblem(error.message);
      throw error;
    }
    const contact = {
      ...(body.email !== undefined ? { email: body.email } : {}),
      ...(body.phone !== undefined ? { phone: body.phone } : {}),
      ...(body.contactChannels !== undefined ? { contactChannels: body.contactChannels } : {}),
    };
    record = { ...record, ...contact, updatedAt: now.toISOString() };

    const changes = { ...(record.status !== item.status ? { status: record.status } : {}), ...contact };
    const event_ = buildEvent(
      ClientUpdated,
      { clientId: record.clientId, changes, updatedAt: record.updatedAt },
      { eventId: newEventId(), occurredAt: record.updatedAt },
    );
    const saved = await saveClientChange(item, record, event_, now);
    if (saved === 'changedMeanwhile')
      throw new ConflictProblem('Someone else changed this client meanwhile; reload and try again.');

    await recordAudit({
      clientId: record.clientId,
      action: 'update',
      actor,
      sourceIp: event.requestContext.http.sourceIp,
      userAgent: event.requestContext.http.userAgent,
      changedFields: Object.keys(changes),
    });
    return { status: 200, body: record };
  },
);
