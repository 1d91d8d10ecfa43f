import { answer, defineRoute, ListPlanTemplatesQuery, PlanTemplateList, problems } from '@lantern/contracts';

export const listPlanTemplatesRoute = defineRoute({
  operationId: 'listPlanTemplates',
  summary: "The organisation's plan templates (wellness plan, birth plan, self-advocacy, its own) in a language",
  method: 'GET',
  path: '/plan-templates',
  auth: ['coordinator', 'peer'],
  rateClass: 'staff',
  query: ListPlanTemplatesQuery,
  responses: { 200: answer('Every template', PlanTemplateList), ...problems(400, 401, 403) },
});
