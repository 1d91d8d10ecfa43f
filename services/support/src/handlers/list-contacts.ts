import type { Contact } from '@lantern/contracts';
import { httpHandler } from '@lantern/runtime';
import { listContactsRoute } from '../routes/list-contacts.js';
import { audit, records } from '../store/default-store.js';
import { allowed, auditRefusal, pageOrBadCursor, reachClient } from './access.js';

/** GET /clients/{clientId}/contacts: audited before any data leaves. */
export const handler = httpHandler(
  listContactsRoute,
  async ({ params, query, caller, source }) => {
    await reachClient(caller, params.clientId);
    const page = pageOrBadCursor(await records.list<Contact>('contact', params.clientId, query));
    await audit.record(
      allowed(caller, source, 'contact.list', { kind: 'contact', clientId: params.clientId }, new Date()),
    );
    return { status: 200, body: page };
  },
  { auditRefusal: auditRefusal('contact.list', 'contact') },
);
