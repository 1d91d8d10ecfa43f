import { isRole, mayCall, type RouteDefinition, routeKey } from '@lantern/contracts';
import type { MiddlewareObj, Request } from '@middy/core';
import { ForbiddenProblem, UnauthorizedProblem } from '../errors.js';
import type { Caller, HttpContext, HttpEvent, HttpResponse } from './types.js';

type Claims = Record<string, unknown>;

/**
 * The payload of the bearer token API Gateway's JWT authorizer has already verified. The authorizer
 * hands the function its claims flattened to strings (`[a b]` for an array), which cannot tell the
 * group `"volunteer,coordinator"` from two groups; the token's own JSON can.
 */
function verifiedTokenPayload(event: HttpEvent, claims: Claims): Claims {
  const header = event.headers?.authorization ?? '';
  const token = /^Bearer\s+(\S+)$/i.exec(header)?.[1];
  const payload = token?.split('.')[1];
  if (!payload) throw new UnauthorizedProblem('The token cannot be read.');
  let parsed: unknown;
  try {
    parsed = JSON.parse(Buffer.from(payload, 'base64url').toString('utf8'));
  } catch {
    throw new UnauthorizedProblem('The token cannot be read.');
  }
  const decoded = parsed as Claims;
  // The same token the authorizer verified: its subject and expiry agree with the claims given.
  if (
    typeof decoded !== 'object' ||
    decoded === null ||
    decoded.sub !== claims.sub ||
    String(decoded.exp) !== String(claims.exp)
  ) {
    throw new UnauthorizedProblem('The token does not match the verified claims.');
  }
  return decoded;
}

/** Exact group names only; a claim that is not a list of strings makes the token unreadable. */
export function rolesFromGroups(groups: unknown): Caller['roles'] {
  if (groups === undefined) return [];
  if (!Array.isArray(groups) || !groups.every((group) => typeof group === 'string')) {
    throw new UnauthorizedProblem('The token’s groups cannot be read.');
  }
  return groups.filter(isRole);
}

export function callerOf(event: HttpEvent): Caller | null {
  const claims = event.requestContext?.authorizer?.jwt?.claims as Claims | undefined;
  if (!claims || typeof claims.sub !== 'string') return null;
  const payload = verifiedTokenPayload(event, claims);
  const roles = rolesFromGroups(payload['cognito:groups']);
  const username = String(payload.username ?? payload['cognito:username'] ?? payload.email ?? payload.sub);
  return { subject: claims.sub, username, roles };
}

/**
 * Checks the caller's groups against the route value's roles. The token itself was verified by
 * API Gateway's JWT authorizer; a request for another route is refused.
 */
export function authorize(route: RouteDefinition): MiddlewareObj<HttpEvent, HttpResponse, Error, HttpContext> {
  const key = routeKey(route);
  const authorizeBefore = async (request: Request<HttpEvent, HttpResponse, Error, HttpContext>) => {
    if (request.event.routeKey !== key) throw new ForbiddenProblem('This route is not served by this function.');
    const caller = callerOf(request.event);
    if (route.auth !== 'public') {
      if (!caller) throw new UnauthorizedProblem();
      if (!mayCall(caller.roles, route.auth)) throw new ForbiddenProblem();
    }
    request.context.lantern = { ...request.context.lantern, caller };
  };
  return { before: authorizeBefore };
}
