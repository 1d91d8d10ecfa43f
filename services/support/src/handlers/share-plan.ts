import { fillPath } from '@lantern/contracts';
import { httpHandler, signToken } from '@lantern/runtime';
import { sharePlanRoute } from '../routes/share-plan.js';
import { sharedPlanRoute } from '../routes/shared-plan.js';
import { audit, linkKeys, projections } from '../store/default-store.js';
import { allowed, auditRefusal, reachRecord } from './access.js';

const DAY_SECONDS = 24 * 3600;

/**
 * POST /plans/{planId}/shares: a signed, expiring, read-only link. The token carries the plan id
 * under the MAC (an edited id is a refused token) and nothing about the client.
 */
export const handler = httpHandler(
  sharePlanRoute,
  async ({ params, body, caller, source }) => {
    const { clientId } = await reachRecord(caller, params.planId, ['plan'], 'plan');
    const now = new Date();
    const expiresAt = Math.floor(now.getTime() / 1000) + body.expiresInDays * DAY_SECONDS;
    const token = signToken(linkKeys(), { purpose: 'plan-share', subjects: [params.planId], expiresAt });
    const locale = (await projections.client(clientId))?.locale ?? 'en';
    await audit.record(allowed(caller, source, 'plan.share', { kind: 'plan', clientId, id: params.planId }, now));
    return {
      status: 201,
      body: {
        token,
        path: fillPath(sharedPlanRoute.path, { token }),
        expiresAt: new Date(expiresAt * 1000).toISOString(),
        locale,
      },
    };
  },
  { auditRefusal: auditRefusal('plan.share', 'plan') },
);
