import { CONTACT_ATTEMPT_TIME_MESSAGES, contactAttemptTimeProblem } from '@lantern/contracts';
import { httpHandler, idempotencyRecords, ValidationProblem } from '@lantern/runtime';
import { ClientNotFoundError, NoAddressForChannelError } from '../domain/errors.js';
import { contactAttemptEntry } from '../domain/follow-up.js';
import { recordContactAttemptRoute } from '../routes/record-contact-attempt.js';
import { clientHistory, clientsStore, documents, table } from '../store/default-store.js';
import { auditRefusal } from './audit-refusal.js';

/** POST /clients/{clientId}/contact-attempts (coordinator): one attempt to reach the client, kept and audited. */
export const handler = httpHandler(
  recordContactAttemptRoute,
  async ({ params, body, caller, source, idempotency }) => {
    const now = new Date();
    const timeProblem = contactAttemptTimeProblem(body.at, now);
    if (timeProblem) throw new ValidationProblem([{ path: 'at', message: CONTACT_ATTEMPT_TIME_MESSAGES[timeProblem] }]);
    const stored = await clientsStore.getClient(params.clientId);
    if (!stored) throw new ClientNotFoundError();
    const address = body.channel === 'email' ? stored.record.email : stored.record.phone;
    if (!address) throw new NoAddressForChannelError(body.channel);

    const entry = contactAttemptEntry(body, { username: caller.username, now });
    const result = { status: 201, body: entry };
    const added = await clientHistory.add(params.clientId, entry, {
      now,
      idempotency: idempotency && { claim: idempotency, result },
    });
    if (!added) throw new ClientNotFoundError();
    await clientsStore.recordAudit({
      clientId: params.clientId,
      action: 'update',
      actor: caller,
      sourceIp: source.ip,
      userAgent: source.userAgent,
      changedFields: ['contactAttempts'],
    });
    return result;
  },
  { idempotency: idempotencyRecords(documents, table), auditRefusal: auditRefusal('update_denied') },
);
