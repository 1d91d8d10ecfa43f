import type { Plan } from '@lantern/contracts';
import { httpHandler } from '@lantern/runtime';
import { listPlansRoute } from '../routes/list-plans.js';
import { audit, records } from '../store/default-store.js';
import { allowed, auditRefusal, pageOrBadCursor, reachClient } from './access.js';

/** GET /clients/{clientId}/plans: audited before any data leaves. */
export const handler = httpHandler(
  listPlansRoute,
  async ({ params, query, caller, source }) => {
    await reachClient(caller, params.clientId);
    const page = pageOrBadCursor(await records.list<Plan>('plan', params.clientId, query));
    await audit.record(allowed(caller, source, 'plan.list', { kind: 'plan', clientId: params.clientId }, new Date()));
    return { status: 200, body: page };
  },
  { auditRefusal: auditRefusal('plan.list', 'plan') },
);
