import * as z from 'zod/mini';
import { defineRoute, type HttpMethod, type RouteDefinition } from './route.js';
import type { RouteAuth } from './rules/roles.js';

/**
 * A real route value for test fixtures of the platform itself (the local cloud, the CDK app): its
 * path parameters are plain strings, it answers 200 with any JSON.
 */
export function fixtureRoute(method: HttpMethod, path: string, auth: RouteAuth): RouteDefinition {
  const names = [...path.matchAll(/\{([^}+]+)\+?\}/g)].map((match) => match[1] as string);
  return defineRoute({
    operationId: `${method.toLowerCase()}${path.replace(/[^A-Za-z0-9]+(.)?/g, (_, c: string | undefined) => (c ?? '').toUpperCase())}`,
    summary: `${method} ${path} (fixture)`,
    method,
    path,
    auth,
    rateClass: auth === 'public' ? (method === 'GET' ? 'anonymousRead' : 'anonymousWrite') : 'staff',
    ...(names.length > 0 ? { params: z.object(Object.fromEntries(names.map((name) => [name, z.string()]))) } : {}),
    responses: { 200: { description: 'Any JSON' } },
  });
}
