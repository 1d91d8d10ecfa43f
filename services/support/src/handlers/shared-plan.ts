import type { Plan } from '@lantern/contracts';
import { ForbiddenProblem, httpHandler, verifyToken } from '@lantern/runtime';
import { auditEntry } from '../domain/audit.js';
import { RecordNotFoundError } from '../domain/errors.js';
import { sharedPlanView } from '../domain/plans.js';
import { sharedPlanRoute } from '../routes/shared-plan.js';
import { audit, linkKeys, planTemplates, projections, records } from '../store/default-store.js';

/** Whoever holds the link: recorded in the audit trail as the link, not as a person. */
const LINK_ACTOR = { subject: 'plan-link', username: 'plan-link', roles: [] };

/**
 * GET /shared-plans/{token} (public, signed): the plan read-only, in the client's language. A
 * wrong, tampered or expired token gets 403 and reads nothing.
 */
export const handler = httpHandler(sharedPlanRoute, async ({ params, source }) => {
  const now = new Date();
  const check = verifyToken(linkKeys(), params.token, { purpose: 'plan-share', now });
  if (!check.ok) throw new ForbiddenProblem('This link is not valid or has expired.');
  const [planId] = check.claims.subjects;
  const owner = planId ? await records.owner(planId) : undefined;
  const plan = owner && (await records.get<Plan>('plan', owner.clientId, planId as string));
  if (!owner || !plan) throw new RecordNotFoundError('plan');
  const locale = (await projections.client(owner.clientId))?.locale ?? 'en';
  const template = planTemplates.find(plan.templateId, locale);
  if (!template) throw new RecordNotFoundError('plan template');
  const view = sharedPlanView(
    plan,
    template,
    planTemplates.titles(plan.templateId),
    locale,
    new Date(check.claims.expiresAt * 1000),
  );
  await audit.record(
    auditEntry(
      {
        actor: LINK_ACTOR,
        action: 'plan.shared_read',
        target: { kind: 'plan', clientId: owner.clientId, id: plan.planId },
        allowed: true,
        sourceIp: source.ip,
      },
      now,
    ),
  );
  return { status: 200, body: view };
});
