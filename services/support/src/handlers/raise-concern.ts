import { buildEvent, ConcernRaised } from '@lantern/contracts';
import { httpHandler, idempotencyRecords } from '@lantern/runtime';
import { newEventId } from '../domain/ids.js';
import { newConcern } from '../domain/records.js';
import { raiseConcernRoute } from '../routes/raise-concern.js';
import { audit, documents, records, table } from '../store/default-store.js';
import { allowed, auditRefusal, reachClient } from './access.js';

/** POST /clients/{clientId}/concerns: publishes ConcernRaised with ids only, for a discreet alert. */
export const handler = httpHandler(
  raiseConcernRoute,
  async ({ params, body, caller, source, idempotency }) => {
    await reachClient(caller, params.clientId);
    const now = new Date();
    const concern = newConcern(params.clientId, body.summary, { username: caller.username, now });
    const event = buildEvent(
      ConcernRaised,
      { concernId: concern.concernId, clientId: concern.clientId, raisedAt: concern.raisedAt },
      { eventId: newEventId(), occurredAt: concern.raisedAt },
    );
    const result = { status: 201, body: concern, headers: { etag: `"${concern.version}"` } };
    const target = { kind: 'concern', clientId: concern.clientId, id: concern.concernId } as const;
    await records.create('concern', concern.clientId, concern.concernId, concern, {
      now,
      events: [event],
      alongside: [audit.transactItem(allowed(caller, source, 'concern.raise', target, now))],
      idempotency: idempotency && { claim: idempotency, result },
    });
    return result;
  },
  { idempotency: idempotencyRecords(documents, table), auditRefusal: auditRefusal('concern.raise', 'concern') },
);
