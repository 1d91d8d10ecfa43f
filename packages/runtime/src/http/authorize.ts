import type { MiddlewareObj, Request } from '@middy/core';
import { ForbiddenProblem, UnauthorizedProblem } from '../errors.js';
import { ROLES, type Role } from '../manifest.js';
import type { AuthContext, HttpContext, HttpEvent, HttpResponse } from './types.js';

type RouteRoles = Record<string, 'public' | readonly Role[]>;

function routeRoles(): RouteRoles {
  return JSON.parse(process.env.LANTERN_ROUTE_ROLES ?? '{}') as RouteRoles;
}

/**
 * `cognito:groups` arrives as a JSON array in a raw token but as `[a b]` once API Gateway's JWT
 * authorizer has flattened the claims to strings; accept both.
 */
export function parseGroups(claim: unknown): string[] {
  if (Array.isArray(claim)) return claim.map(String);
  if (typeof claim !== 'string' || claim.trim() === '') return [];
  const trimmed = claim.trim();
  if (trimmed.startsWith('[') && trimmed.endsWith(']')) {
    try {
      const parsed: unknown = JSON.parse(trimmed);
      if (Array.isArray(parsed)) return parsed.map(String);
    } catch {
      // Not JSON: API Gateway's `[a b]` form.
    }
    return trimmed
      .slice(1, -1)
      .split(/[\s,]+/)
      .filter(Boolean);
  }
  return trimmed.split(/[\s,]+/).filter(Boolean);
}

export function authContextFromClaims(claims: Record<string, unknown> | undefined): AuthContext | null {
  if (!claims || typeof claims.sub !== 'string') return null;
  const roles = parseGroups(claims['cognito:groups']).filter((group): group is Role =>
    (ROLES as readonly string[]).includes(group),
  );
  const username = String(claims.username ?? claims['cognito:username'] ?? claims.email ?? claims.sub);
  return { subject: claims.sub, username, roles };
}

/** An admin may do all a coordinator may (API.md). */
export function mayCall(roles: readonly Role[], allowed: 'public' | readonly Role[]): boolean {
  if (allowed === 'public') return true;
  return roles.some((role) => allowed.includes(role) || (role === 'admin' && allowed.includes('coordinator')));
}

/**
 * Checks the caller's groups against the route's roles from the manifest. The token itself was
 * verified by API Gateway's JWT authorizer; a route the manifest does not declare is refused.
 */
export function authorize(): MiddlewareObj<HttpEvent, HttpResponse, Error, HttpContext> {
  const roles = routeRoles();
  const authorizeBefore = async (request: Request<HttpEvent, HttpResponse, Error, HttpContext>) => {
    const allowed = roles[request.event.routeKey];
    const auth = authContextFromClaims(request.event.requestContext?.authorizer?.jwt?.claims);
    if (allowed === undefined) throw new ForbiddenProblem('This route is not declared for this function.');
    if (allowed !== 'public') {
      if (!auth) throw new UnauthorizedProblem();
      if (!mayCall(auth.roles, allowed)) throw new ForbiddenProblem();
    }
    request.context.lantern = { ...request.context.lantern, auth };
  };
  return { before: authorizeBefore };
}
