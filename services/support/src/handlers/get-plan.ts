import type { Plan } from '@lantern/contracts';
import { httpHandler } from '@lantern/runtime';
import { RecordNotFoundError } from '../domain/errors.js';
import { getPlanRoute } from '../routes/get-plan.js';
import { audit, records } from '../store/default-store.js';
import { allowed, auditRefusal, reachRecord } from './access.js';

/** GET /plans/{planId}: audited before any data leaves. */
export const handler = httpHandler(
  getPlanRoute,
  async ({ params, caller, source }) => {
    const { clientId } = await reachRecord(caller, params.planId, ['plan'], 'plan');
    const plan = await records.get<Plan>('plan', clientId, params.planId);
    if (!plan) throw new RecordNotFoundError('plan');
    await audit.record(allowed(caller, source, 'plan.read', { kind: 'plan', clientId, id: plan.planId }, new Date()));
    return { status: 200, body: plan, headers: { etag: `"${plan.version}"` } };
  },
  { auditRefusal: auditRefusal('plan.read', 'plan') },
);
