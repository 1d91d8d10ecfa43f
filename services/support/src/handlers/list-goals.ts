import type { Goal } from '@lantern/contracts';
import { httpHandler } from '@lantern/runtime';
import { listGoalsRoute } from '../routes/list-goals.js';
import { audit, records } from '../store/default-store.js';
import { allowed, auditRefusal, pageOrBadCursor, reachClient } from './access.js';

/** GET /clients/{clientId}/goals: audited before any data leaves. */
export const handler = httpHandler(
  listGoalsRoute,
  async ({ params, query, caller, source }) => {
    await reachClient(caller, params.clientId);
    const page = pageOrBadCursor(await records.list<Goal>('goal', params.clientId, query));
    await audit.record(allowed(caller, source, 'goal.list', { kind: 'goal', clientId: params.clientId }, new Date()));
    return { status: 200, body: page };
  },
  { auditRefusal: auditRefusal('goal.list', 'goal') },
);
