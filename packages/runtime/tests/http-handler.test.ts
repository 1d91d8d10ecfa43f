import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { z } from 'zod';
import { httpHandler } from '../src/http/handler.js';
import type { HttpContext, HttpEvent } from '../src/http/types.js';

const context = {
  functionName: 'test',
  awsRequestId: 'req-1',
  getRemainingTimeInMillis: () => 3000,
} as unknown as HttpContext;

function event(overrides: Partial<HttpEvent> & { claims?: Record<string, unknown> }): HttpEvent {
  const { claims, ...rest } = overrides;
  return {
    version: '2.0',
    routeKey: 'POST /things',
    rawPath: '/things',
    rawQueryString: '',
    headers: { 'content-type': 'application/json' },
    isBase64Encoded: false,
    requestContext: {
      http: { method: 'POST', path: '/things', protocol: 'HTTP/1.1', sourceIp: '127.0.0.1', userAgent: 'test' },
      ...(claims ? { authorizer: { jwt: { claims, scopes: [] } } } : {}),
    },
    ...rest,
  } as unknown as HttpEvent;
}

const Thing = z.object({ name: z.string().min(1), size: z.number().int() });

describe('the HTTP handler stack', () => {
  let calls = 0;
  beforeEach(() => {
    calls = 0;
    process.env.LANTERN_ROUTE_ROLES = JSON.stringify({ 'POST /things': 'public', 'GET /secret': ['coordinator'] });
  });
  afterEach(() => {
    delete process.env.LANTERN_ROUTE_ROLES;
  });
  const makeHandler = () =>
    httpHandler({ body: Thing }, async ({ body }) => {
      calls += 1;
      return { status: 201, body: { created: body.name } };
    });

  it('passes a valid body to the handler and answers with JSON', async () => {
    const response = await makeHandler()(event({ body: JSON.stringify({ name: 'a', size: 1 }) }), context);
    expect(response.statusCode).toBe(201);
    expect(JSON.parse(response.body as string)).toEqual({ created: 'a' });
  });

  it('lists every invalid field as problem+json and never runs the handler', async () => {
    const response = await makeHandler()(event({ body: JSON.stringify({ name: '', size: 'big' }) }), context);
    expect(response.statusCode).toBe(400);
    expect(response.headers?.['content-type']).toBe('application/problem+json');
    const problem = JSON.parse(response.body as string);
    expect(problem.type).toBe('https://lantern.dev/problems/validation');
    expect(problem.errors.map((e: { path: string }) => e.path)).toEqual(['name', 'size']);
    expect(calls).toBe(0);
  });

  it('answers malformed JSON with a 400 of its own type', async () => {
    const response = await makeHandler()(event({ body: '{"name":' }), context);
    expect(response.statusCode).toBe(400);
    expect(JSON.parse(response.body as string).type).toBe('https://lantern.dev/problems/malformed-json');
  });

  it('refuses a body that is not JSON with 415', async () => {
    const response = await makeHandler()(event({ body: 'name=a', headers: { 'content-type': 'text/plain' } }), context);
    expect(response.statusCode).toBe(415);
  });

  it('answers 401 on a protected route without claims and 403 with the wrong role', async () => {
    const handler = httpHandler({}, async () => ({ status: 200, body: {} }));
    const anonymous = await handler(event({ routeKey: 'GET /secret' }), context);
    const peer = await handler(
      event({ routeKey: 'GET /secret', claims: { sub: 'p', 'cognito:groups': '[peer]' } }),
      context,
    );
    const coordinator = await handler(
      event({ routeKey: 'GET /secret', claims: { sub: 'c', 'cognito:groups': '[coordinator]' } }),
      context,
    );
    expect([anonymous.statusCode, peer.statusCode, coordinator.statusCode]).toEqual([401, 403, 200]);
  });

  it('refuses a route the manifest does not declare', async () => {
    const response = await makeHandler()(event({ routeKey: 'DELETE /things' }), context);
    expect(response.statusCode).toBe(403);
  });

  it('hides the cause of an unexpected error behind a 500 problem', async () => {
    const handler = httpHandler({}, async () => {
      throw new Error('secret detail sam@example.net');
    });
    const response = await handler(event({}), context);
    expect(response.statusCode).toBe(500);
    expect(response.body).not.toContain('sam@example.net');
  });
});
