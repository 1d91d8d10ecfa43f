import type * as z from 'zod/mini';
import type { RouteAuth } from './rules/roles.js';

export type HttpMethod = 'GET' | 'POST' | 'PUT' | 'PATCH' | 'DELETE';

/**
 * How a route is rate limited in AWS (WAF rule and API Gateway route throttle), derived by the CDK
 * app: `anonymousWrite` gets the tight per-IP limit, `anonymousRead` the public one, `staff` the
 * stage default.
 */
export type RateClass = 'anonymousWrite' | 'anonymousRead' | 'staff';

export interface RouteResponse {
  description: string;
  /** The JSON body; absent for problem+json answers and empty bodies. */
  schema?: z.ZodMiniType;
}

/** Request headers a route reads; each is validated with the body, query and path. */
export interface RouteHeader {
  schema: z.ZodMiniType;
  required?: boolean;
  description: string;
}

/**
 * One HTTP route, written once, next to its service. The manifest, the handler, the OpenAPI
 * document, the CDK app (API routes, throttles, WAF, CORS), the local cloud and the web client all
 * read this value.
 */
export interface RouteDefinition {
  /** Unique across the API; the OpenAPI operationId and the web client's name for the call. */
  operationId: string;
  summary: string;
  method: HttpMethod;
  /** API Gateway path syntax: `/clients/{clientId}`. */
  path: string;
  auth: RouteAuth;
  params?: z.ZodMiniObject;
  query?: z.ZodMiniObject;
  body?: z.ZodMiniType;
  /** An example request body, shown in the OpenAPI document (every body has one). */
  bodyExample?: unknown;
  /** Header names in lower case. */
  headers?: Readonly<Record<string, RouteHeader>>;
  /** The success answer first; every documented status with why. */
  responses: Readonly<Record<number, RouteResponse>>;
  rateClass: RateClass;
}

export class RouteDefinitionError extends Error {
  override name = 'RouteDefinitionError';
}

const pathParameterNames = (path: string): string[] =>
  [...path.matchAll(/\{([^}+]+)\+?\}/g)].map((match) => match[1] as string);

/** Checks a route's own consistency at load, so a typo fails in the first test, not in production. */
export function defineRoute<const R extends RouteDefinition>(route: R): R {
  const problems: string[] = [];
  if (!route.path.startsWith('/')) problems.push('the path must start with /');
  const inPath = pathParameterNames(route.path).sort();
  const inSchema = Object.keys(route.params?.shape ?? {}).sort();
  if (inPath.join() !== inSchema.join()) {
    problems.push(`path parameters {${inPath.join(', ')}} differ from the params schema (${inSchema.join(', ')})`);
  }
  if (route.body && route.bodyExample === undefined) problems.push('a route with a body needs a bodyExample');
  if (route.body && route.method === 'GET') problems.push('a GET route takes no body');
  if (route.auth !== 'public' && route.rateClass !== 'staff') problems.push('a protected route has rateClass staff');
  if (route.auth === 'public' && route.rateClass === 'staff') problems.push('a public route is anonymous');
  if (!Object.keys(route.responses).some((status) => Number(status) < 300)) problems.push('no success response');
  if (problems.length > 0) {
    throw new RouteDefinitionError(`Route ${route.method} ${route.path}: ${problems.join('; ')}`);
  }
  return route;
}

/** `GET /clients/{clientId}`, as API Gateway names a route. */
export const routeKey = (route: Pick<RouteDefinition, 'method' | 'path'>): string => `${route.method} ${route.path}`;

/** The lowest 2xx status of a route: what a successful call answers. */
export function successStatus(route: Pick<RouteDefinition, 'responses'>): number {
  return Math.min(
    ...Object.keys(route.responses)
      .map(Number)
      .filter((status) => status < 300),
  );
}

/** The path with its parameters filled in, each encoded. */
export function fillPath(path: string, params: Readonly<Record<string, string>> = {}): string {
  return path.replace(/\{([^}+]+)\+?\}/g, (_, name: string) => {
    const value = params[name];
    if (value === undefined) throw new RouteDefinitionError(`Missing path parameter ${name} for ${path}`);
    return encodeURIComponent(value);
  });
}

/** What each error status means on any route; a route lists the ones it can answer. */
const PROBLEM_DESCRIPTIONS: Readonly<Record<number, string>> = {
  400: 'Invalid request; every bad field listed, nothing changed',
  401: 'Missing or invalid token',
  403: 'Not allowed for this role or relationship (audited where a client record is concerned)',
  404: 'No such record',
  409: 'Conflicts with the current state; nothing changed',
  412: 'If-Match is stale; nothing changed',
  413: 'Body too large',
  415: 'Body is not JSON',
};

/** Problem+json answers, with their standard descriptions: `...problems(400, 401, 403)`. */
export function problems(...statuses: number[]): Record<number, RouteResponse> {
  return Object.fromEntries(
    statuses.map((status) => [status, { description: PROBLEM_DESCRIPTIONS[status] ?? 'Error' }]),
  );
}

/** A success answer, with the schema of its JSON body (kept in the route's type for typed clients). */
export function answer<const S extends z.ZodMiniType>(
  description: string,
  schema: S,
): { description: string; schema: S };
export function answer(description: string): RouteResponse;
export function answer(description: string, schema?: z.ZodMiniType): RouteResponse {
  return schema ? { description, schema } : { description };
}
