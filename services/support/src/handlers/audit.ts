import { httpHandler } from '@lantern/runtime';
import { auditRoute } from '../routes/audit.js';
import { audit } from '../store/default-store.js';
import { auditRefusal, pageOrBadCursor } from './access.js';

/** GET /audit (admin): one client's trail or one staff member's, newest first. */
export const handler = httpHandler(
  auditRoute,
  async ({ query }) => {
    const by = query.clientId ? { clientId: query.clientId } : { actor: query.actor as string };
    return { status: 200, body: pageOrBadCursor(await audit.list(by, query)) };
  },
  { auditRefusal: auditRefusal('audit.list', 'audit') },
);
