import type { Plan } from '@lantern/contracts';
import { httpHandler } from '@lantern/runtime';
import { BusyRecordError, RecordNotFoundError, StaleVersionError, UnknownTemplateError } from '../domain/errors.js';
import { applyPlanUpdate } from '../domain/plans.js';
import { updatePlanRoute } from '../routes/update-plan.js';
import { audit, planTemplates, records } from '../store/default-store.js';
import { allowed, auditRefusal, reachRecord } from './access.js';

const ATTEMPTS = 3;

/** PATCH /plans/{planId}: set the title or some sections; a change that changes nothing writes nothing. */
export const handler = httpHandler(
  updatePlanRoute,
  async ({ params, body, headers, caller, source }) => {
    const { clientId } = await reachRecord(caller, params.planId, ['plan'], 'plan');
    const expected = headers['if-match'];
    for (let attempt = 0; attempt < ATTEMPTS; attempt++) {
      const plan = await records.get<Plan>('plan', clientId, params.planId);
      if (!plan) throw new RecordNotFoundError('plan');
      if (expected !== undefined && expected !== plan.version) throw new StaleVersionError(plan.version);
      const template = planTemplates.find(plan.templateId, 'en');
      if (!template) throw new UnknownTemplateError(plan.templateId);
      const now = new Date();
      const change = applyPlanUpdate(plan, template, body, now);
      const etag = { etag: `"${change.plan.version}"` };
      if (!change.changed) return { status: 200, body: plan, headers: etag };
      const entry = allowed(caller, source, 'plan.update', { kind: 'plan', clientId, id: plan.planId }, now);
      const saved = await records.replace('plan', clientId, plan.planId, change.plan, plan.version, {
        now,
        alongside: [audit.transactItem(entry)],
      });
      if (saved) return { status: 200, body: change.plan, headers: etag };
      if (expected !== undefined) throw new StaleVersionError(plan.version + 1);
    }
    throw new BusyRecordError();
  },
  { auditRefusal: auditRefusal('plan.update', 'plan') },
);
