import { defineRoute, idempotencyKeyHeader } from '@lantern/contracts';
import { beforeEach, describe, expect, it } from 'vitest';
import * as z from 'zod/mini';
import { httpHandler } from '../src/http/handler.js';
import { context, httpEvent as event } from '../src/testing.js';

const Thing = z.object({ name: z.string().check(z.minLength(1)), size: z.int() });
const thingsRoute = defineRoute({
  operationId: 'createThing',
  summary: 'test',
  method: 'POST',
  path: '/things',
  auth: 'public',
  rateClass: 'anonymousWrite',
  body: Thing,
  bodyExample: { name: 'a', size: 1 },
  responses: { 201: { description: 'created' } },
});
const secretRoute = defineRoute({
  operationId: 'readSecret',
  summary: 'test',
  method: 'GET',
  path: '/secret',
  auth: ['coordinator'],
  rateClass: 'staff',
  responses: { 200: { description: 'ok' } },
});
const claims = (groups: string[]) => ({ sub: 's', exp: 2_000_000_000, 'cognito:groups': groups });

describe('the HTTP handler stack', () => {
  let calls = 0;
  beforeEach(() => {
    calls = 0;
  });
  const makeHandler = () =>
    httpHandler(thingsRoute, async ({ body }) => {
      calls += 1;
      return { status: 201, body: { created: body.name } };
    });

  it('passes a valid body to the handler and answers with JSON', async () => {
    const response = await makeHandler()(event({ body: JSON.stringify({ name: 'a', size: 1 }) }), context);
    expect(response.statusCode).toBe(201);
    expect(JSON.parse(response.body as string)).toEqual({ created: 'a' });
  });

  it('sends a text answer that names its own content type as is, and a string as JSON otherwise', async () => {
    const text = httpHandler(thingsRoute, async () => ({
      status: 201,
      headers: { 'content-type': 'text/calendar; charset=utf-8' },
      body: 'BEGIN:VCALENDAR\r\nEND:VCALENDAR\r\n',
    }));
    const quoted = httpHandler(thingsRoute, async () => ({ status: 201, body: 'plain' }));
    const valid = () => event({ body: JSON.stringify({ name: 'a', size: 1 }) });

    const calendar = await text(valid(), context);
    const json = await quoted(valid(), context);

    expect(calendar.headers?.['content-type']).toBe('text/calendar; charset=utf-8');
    expect(calendar.body).toBe('BEGIN:VCALENDAR\r\nEND:VCALENDAR\r\n');
    expect(json.body).toBe('"plain"');
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
    const handler = httpHandler(secretRoute, async ({ caller }) => ({ status: 200, body: { roles: caller.roles } }));
    const anonymous = await handler(event({ routeKey: 'GET /secret' }), context);
    const peer = await handler(event({ routeKey: 'GET /secret', token: claims(['peer']) }), context);
    const forged = await handler(event({ routeKey: 'GET /secret', token: claims(['volunteer,coordinator']) }), context);
    const coordinator = await handler(event({ routeKey: 'GET /secret', token: claims(['coordinator']) }), context);
    const admin = await handler(event({ routeKey: 'GET /secret', token: claims(['admin']) }), context);
    expect([anonymous, peer, forged, coordinator, admin].map((r) => r.statusCode)).toEqual([401, 403, 403, 200, 200]);
  });

  it('refuses a request for another route than the one it serves', async () => {
    const response = await makeHandler()(event({ routeKey: 'DELETE /things' }), context);
    expect(response.statusCode).toBe(403);
  });

  it('hides the cause of an unexpected error behind a 500 problem', async () => {
    const handler = httpHandler(thingsRoute, async () => {
      throw new Error('secret detail sam@example.net');
    });
    const response = await handler(event({ body: JSON.stringify({ name: 'a', size: 1 }) }), context);
    expect(response.statusCode).toBe(500);
    expect(response.body).not.toContain('sam@example.net');
  });

  it('lists a bad Idempotency-Key together with the body’s bad fields', async () => {
    const route = defineRoute({ ...thingsRoute, operationId: 'createThingOnce', headers: idempotencyKeyHeader });
    const handler = httpHandler(route, async () => ({ status: 201 }), {
      idempotency: { read: async () => undefined, table: { ttlAttribute: 'expiresAt' } as never },
    });
    const response = await handler(
      event({ body: JSON.stringify({ name: '', size: 1 }), headers: { 'idempotency-key': 'with space' } }),
      context,
    );
    expect(response.statusCode).toBe(400);
    const paths = JSON.parse(response.body as string).errors.map((e: { path: string }) => e.path);
    expect(paths).toEqual(['headers.idempotency-key', 'name']);
  });
});
