/** The admin's audit view shows one trail at a time: one client's, or one staff member's. */
export type AuditFilters = { clientId: string } | { actor: string } | Record<string, never>;
export type AuditBy = 'clientId' | 'actor';

const MAX_LENGTH = 254;

function cleaned(value: unknown): string | undefined {
  if (typeof value !== 'string') return undefined;
  const trimmed = value.trim();
  return trimmed && trimmed.length <= MAX_LENGTH ? trimmed : undefined;
}

/** A trail to show: the one filter given, or none (the API needs exactly one). */
export function auditFilters(by: AuditBy, value: unknown): AuditFilters {
  const text = cleaned(value);
  if (!text) return {};
  return by === 'clientId' ? { clientId: text } : { actor: text };
}

/** Filters from the page's query string, so Back and a shared link keep them; a client wins a tie. */
export function auditFiltersFromQuery(query: Record<string, unknown>): AuditFilters {
  const fromClient = auditFilters('clientId', query.clientId);
  return 'clientId' in fromClient ? fromClient : auditFilters('actor', query.actor);
}

export const hasTrail = (filters: AuditFilters): boolean => 'clientId' in filters || 'actor' in filters;

/** The message key naming an audited action (`note.restricted_read` → `…actions.note_restricted_read`). */
export const actionLabelKey = (action: string): string =>
  `support.audit.actions.${action.replace(/[^a-zA-Z0-9]+/g, '_')}`;
