import type { HttpContext, HttpEvent } from '../../src/http/types.js';

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
