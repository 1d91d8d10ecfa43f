/** Test helpers for handlers: API Gateway events as the HTTP API delivers them (`@lantern/runtime/testing`). */
import { fillPath, type RouteDefinition, routeKey } from '@lantern/contracts';
import type { HttpContext, HttpEvent } from './http/types.js';

export const context = {
  functionName: 'test',
  awsRequestId: 'req-1',
  getRemainingTimeInMillis: () => 3000,
} as unknown as HttpContext;

const base64url = (value: unknown) => Buffer.from(JSON.stringify(value)).toString('base64url');

/**
 * An API Gateway payload v2 event as the HTTP API sends it after its JWT authorizer verified the
 * token: the token in the header, its claims flattened to strings (arrays as `[a b]`).
 */
export function httpEvent(overrides: Partial<HttpEvent> & { token?: Record<string, unknown> }): HttpEvent {
  const { token, headers, ...rest } = overrides;
  const flattened = token
    ? Object.fromEntries(
        Object.entries(token).map(([key, value]) => [
          key,
          Array.isArray(value) ? `[${value.join(' ')}]` : String(value),
        ]),
      )
    : undefined;
  const authorization = token ? { authorization: `Bearer ${base64url({ alg: 'RS256' })}.${base64url(token)}.sig` } : {};
  return {
    version: '2.0',
    routeKey: 'POST /things',
    rawPath: '/things',
    rawQueryString: '',
    isBase64Encoded: false,
    requestContext: {
      http: { method: 'POST', path: '/things', protocol: 'HTTP/1.1', sourceIp: '127.0.0.1', userAgent: 'test' },
      ...(flattened ? { authorizer: { jwt: { claims: flattened, scopes: [] } } } : {}),
    },
    ...rest,
    headers: { 'content-type': 'application/json', ...headers, ...authorization },
  } as unknown as HttpEvent;
}

/** A test token's claims for a user in the given Cognito groups. */
export const tokenOf = (username: string, groups: readonly string[]) => ({
  sub: `sub-${username}`,
  username,
  'cognito:groups': groups,
  exp: Math.floor(Date.now() / 1000) + 3600,
});

/** The event API Gateway sends for a call of `route`: its route key, path and method filled in. */
export function routeEvent(
  route: RouteDefinition,
  call: {
    params?: Record<string, string>;
    query?: Record<string, string>;
    body?: unknown;
    headers?: Record<string, string>;
    token?: Record<string, unknown>;
  } = {},
): HttpEvent {
  const path = fillPath(route.path, call.params);
  const rawQueryString = new URLSearchParams(call.query).toString();
  const event = httpEvent({
    routeKey: routeKey(route),
    rawPath: path,
    rawQueryString,
    ...(call.token ? { token: call.token } : {}),
    ...(call.headers ? { headers: call.headers } : {}),
    ...(call.params ? { pathParameters: call.params } : {}),
    ...(call.query ? { queryStringParameters: call.query } : {}),
    ...(call.body === undefined ? {} : { body: JSON.stringify(call.body) }),
  });
  return {
    ...event,
    requestContext: { ...event.requestContext, http: { ...event.requestContext.http, method: route.method, path } },
  } as HttpEvent;
}
