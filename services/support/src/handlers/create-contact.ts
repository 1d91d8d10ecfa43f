import { httpHandler, idempotencyRecords } from '@lantern/runtime';
import { newContact } from '../domain/records.js';
import { createContactRoute } from '../routes/create-contact.js';
import { audit, documents, projections, records, table } from '../store/default-store.js';
import { allowed, auditRefusal, reachClient } from './access.js';

/** POST /clients/{clientId}/contacts: only on a channel the client consented to (422 otherwise). */
export const handler = httpHandler(
  createContactRoute,
  async ({ params, body, caller, source, idempotency }) => {
    await reachClient(caller, params.clientId);
    const consented = (await projections.client(params.clientId))?.contactChannels ?? [];
    const now = new Date();
    const contact = newContact(params.clientId, body, consented, { username: caller.username, now });
    const result = { status: 201, body: contact };
    const target = { kind: 'contact', clientId: contact.clientId, id: contact.contactId } as const;
    await records.create('contact', contact.clientId, contact.contactId, contact, {
      now,
      alongside: [audit.transactItem(allowed(caller, source, 'contact.create', target, now))],
      idempotency: idempotency && { claim: idempotency, result },
    });
    return result;
  },
  { idempotency: idempotencyRecords(documents, table), auditRefusal: auditRefusal('contact.create', 'contact') },
);
