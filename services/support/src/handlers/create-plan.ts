import { httpHandler, idempotencyRecords } from '@lantern/runtime';
import { UnknownTemplateError } from '../domain/errors.js';
import { newPlan } from '../domain/plans.js';
import { createPlanRoute } from '../routes/create-plan.js';
import { audit, documents, planTemplates, records, table } from '../store/default-store.js';
import { allowed, auditRefusal, reachClient } from './access.js';

/** POST /clients/{clientId}/plans: a plan from a template; answers must name its sections. */
export const handler = httpHandler(
  createPlanRoute,
  async ({ params, body, caller, source, idempotency }) => {
    await reachClient(caller, params.clientId);
    const template = planTemplates.find(body.templateId, 'en');
    if (!template) throw new UnknownTemplateError(body.templateId);
    const now = new Date();
    const plan = newPlan(params.clientId, template, body, { username: caller.username, now });
    const result = { status: 201, body: plan, headers: { etag: `"${plan.version}"` } };
    const entry = allowed(
      caller,
      source,
      'plan.create',
      { kind: 'plan', clientId: plan.clientId, id: plan.planId },
      now,
    );
    await records.create('plan', plan.clientId, plan.planId, plan, {
      now,
      alongside: [audit.transactItem(entry)],
      idempotency: idempotency && { claim: idempotency, result },
    });
    return result;
  },
  { idempotency: idempotencyRecords(documents, table), auditRefusal: auditRefusal('plan.create', 'plan') },
);
