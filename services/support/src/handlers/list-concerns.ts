import type { Concern } from '@lantern/contracts';
import { httpHandler } from '@lantern/runtime';
import { listConcernsRoute } from '../routes/list-concerns.js';
import { audit, records } from '../store/default-store.js';
import { allowed, auditRefusal, pageOrBadCursor, reachClient } from './access.js';

/** GET /clients/{clientId}/concerns: audited before any data leaves. */
export const handler = httpHandler(
  listConcernsRoute,
  async ({ params, query, caller, source }) => {
    await reachClient(caller, params.clientId);
    const filter = query.status && { attribute: 'status', equals: query.status };
    const page = pageOrBadCursor(await records.list<Concern>('concern', params.clientId, query, filter));
    await audit.record(
      allowed(caller, source, 'concern.list', { kind: 'concern', clientId: params.clientId }, new Date()),
    );
    return { status: 200, body: page };
  },
  { auditRefusal: auditRefusal('concern.list', 'concern') },
);
