export const STAFF_ROLES = ['coordinator', 'peer', 'admin'] as const;
export type StaffRole = (typeof STAFF_ROLES)[number];

/**
 * The roles in an access token's `cognito:groups` claim (Cognito, and the local issuer, which
 * mints the same shape). Read for the layout only: the API checks the signature and the roles.
 */
export function rolesOf(accessToken: string): StaffRole[] {
  const payload = accessToken.split('.')[1];
  if (!payload) return [];
  try {
    const json = atob(payload.replaceAll('-', '+').replaceAll('_', '/'));
    const groups = (JSON.parse(json) as Record<string, unknown>)['cognito:groups'];
    if (!Array.isArray(groups)) return [];
    return STAFF_ROLES.filter((role) => groups.includes(role));
  } catch {
    return [];
  }
}

/** An admin may do all a coordinator may (API.md). */
export function canWorkQueue(roles: readonly StaffRole[]): boolean {
  return roles.includes('coordinator') || roles.includes('admin');
}

/** Only an admin reads the audit log (API.md). */
export function canReadAudit(roles: readonly StaffRole[]): boolean {
  return roles.includes('admin');
}
