import { httpHandler } from '@lantern/runtime/http';
import { planTemplates } from '../domain/organisation-templates.js';
import { listPlanTemplatesRoute } from '../routes/list-plan-templates.js';

/** GET /plan-templates: the organisation's templates, in the language asked for (no client data). */
export const handler = httpHandler(listPlanTemplatesRoute, async ({ query }) => ({
  status: 200,
  body: { items: planTemplates.list(query.locale) },
}));
