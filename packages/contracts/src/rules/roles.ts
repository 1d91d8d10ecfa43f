/**
 * Staff roles are Cognito groups. The one rule shared by the server and the web app: an admin may
 * do all a coordinator may (API.md).
 */
export const ROLES = ['coordinator', 'peer', 'admin'] as const;
export type Role = (typeof ROLES)[number];

/** Who may call a route: nobody needs a token (`public`), or any of these roles. */
export type RouteAuth = 'public' | readonly Role[];

export const isRole = (value: unknown): value is Role => (ROLES as readonly unknown[]).includes(value);

/** Whether someone holding `roles` acts as `role`: admin implies coordinator. */
export function actsAs(roles: readonly Role[], role: Role): boolean {
  return roles.includes(role) || (role === 'coordinator' && roles.includes('admin'));
}

/** Whether someone holding `roles` may call a route guarded by `allowed`. */
export function mayCall(roles: readonly Role[], allowed: RouteAuth): boolean {
  if (allowed === 'public') return true;
  return allowed.some((role) => actsAs(roles, role));
}
