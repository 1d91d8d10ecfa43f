import { AuditPage, AuditQuery, answer, defineRoute, problems } from '@lantern/contracts';

export const auditRoute = defineRoute({
  operationId: 'listAudit',
  summary: 'The audit trail of one client or one staff member, newest first; refusals have allowed: false (admin)',
  method: 'GET',
  path: '/audit',
  auth: ['admin'],
  rateClass: 'staff',
  query: AuditQuery,
  responses: { 200: answer('A page of entries', AuditPage), ...problems(400, 401, 403) },
});
