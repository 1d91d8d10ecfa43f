import type { IncomingMessage, ServerResponse } from 'node:http';
import { z } from 'zod';
import type { EventBus } from './eventbridge/bus.js';
import { FAULT_MODES, FAULT_TARGETS, type FaultInjector } from './faults.js';
import type { InvokeResult } from './functions/worker-pool.js';
import { problem, sendProblem } from './http/problem.js';
import { readBody, sendJson } from './http/server.js';
import type { Issuer } from './issuer/index.js';
import { FEEDBACK_TYPES, sesFeedbackEntry } from './ses/feedback.js';
import type { CapturedEmail } from './ses/ses-local.js';
import type { TextMessages } from './sms/text-messages.js';
import type { StreamFailures } from './streams/stream-failures.js';

export interface LocalEndpointUrls {
  dynamodb: string;
  eventbridge: string;
  sesv2: string;
  sms: string;
  scheduler: string;
  issuer: string;
}

export interface LocalContext {
  issuer: Issuer;
  bus: EventBus;
  faults: FaultInjector;
  emails(): CapturedEmail[];
  texts: TextMessages;
  streamFailures: StreamFailures;
  invoke(functionName: string, event: unknown): Promise<InvokeResult>;
  endpoints: LocalEndpointUrls & { mailViewer: string };
}

const tokenRequest = z.object({
  username: z.string().min(1),
  /** Local extra for tests: a negative lifetime mints an expired token. */
  expiresInSeconds: z.number().int().optional(),
});

const faultRequest = z.object({
  target: z.enum(FAULT_TARGETS),
  mode: z.enum(FAULT_MODES).default('error'),
  count: z.number().int().min(0).max(1000).default(1),
});

const inboundText = z.object({ from: z.string().regex(/^\+[1-9]\d{1,14}$/), body: z.string().max(1600) });
const sesFeedback = z.object({ type: z.enum(FEEDBACK_TYPES), email: z.email() });

const newestFirst = <T>(items: readonly T[]): T[] => [...items].reverse();

/** `?limit=N`: the newest N only (a script watching for activity need not read thousands). */
function limitOf(req: IncomingMessage): number | undefined {
  const value = new URL(req.url ?? '/', 'http://local').searchParams.get('limit');
  const limit = value === null ? Number.NaN : Number(value);
  return Number.isInteger(limit) && limit >= 0 ? limit : undefined;
}

async function jsonBody(req: IncomingMessage): Promise<unknown> {
  const raw = await readBody(req, 1024 * 1024);
  return raw.length === 0 ? {} : JSON.parse(raw.toString('utf8'));
}

const badRequest = (detail: string, errors?: { path: string; message: string }[]) => ({
  ...problem('validation', 'Bad Request', 400, detail),
  ...(errors ? { errors } : {}),
});

/** The `/_local/*` introspection endpoints of API.md, plus fault injection for tests. */
export async function handleLocalRequest(
  context: LocalContext,
  path: string,
  req: IncomingMessage,
  res: ServerResponse,
  headers: Record<string, string>,
): Promise<boolean> {
  if (!path.startsWith('/_local/')) return false;
  const route = `${req.method} ${path}`;
  const parse = async <T>(schema: z.ZodType<T>): Promise<T | null> => {
    let body: unknown;
    try {
      body = await jsonBody(req);
    } catch {
      sendProblem(res, badRequest('The body is not valid JSON.'), headers);
      return null;
    }
    const result = schema.safeParse(body);
    if (result.success) return result.data;
    const errors = result.error.issues.map((issue) => ({ path: issue.path.join('.'), message: issue.message }));
    sendProblem(res, badRequest('The body is not valid.', errors), headers);
    return null;
  };
  switch (route) {
    case 'GET /_local/emails':
      sendJson(res, 200, { items: context.emails().slice(0, limitOf(req)) }, headers);
      return true;
    case 'GET /_local/texts':
      sendJson(res, 200, { items: context.texts.texts() }, headers);
      return true;
    case 'POST /_local/texts/inbound': {
      const body = await parse(inboundText);
      if (!body) return true;
      sendJson(res, 200, context.texts.receive(body), headers);
      return true;
    }
    case 'POST /_local/ses-feedback': {
      const body = await parse(sesFeedback);
      if (!body) return true;
      const [result] = context.bus.put([sesFeedbackEntry({ ...body, busName: context.bus.name })]);
      sendJson(res, 202, result, headers);
      return true;
    }
    case 'GET /_local/events':
      sendJson(
        res,
        200,
        {
          items: newestFirst(context.bus.archive)
            .slice(0, limitOf(req))
            .map((event) => ({
              id: event.id,
              source: event.source,
              'detail-type': event['detail-type'],
              time: event.time,
              detail: event.detail,
            })),
        },
        headers,
      );
      return true;
    case 'GET /_local/dlq':
      sendJson(res, 200, { items: newestFirst(context.bus.deadLetters) }, headers);
      return true;
    case 'GET /_local/stream-failures':
      sendJson(res, 200, { items: newestFirst(context.streamFailures.items) }, headers);
      return true;
    case 'POST /_local/redrive': {
      // Each dead letter and each given-up stream batch is taken off its list once, then delivered again.
      const deadLetters = context.bus.redriveDeadLetters();
      const streamFailures = await context.streamFailures.redrive(context.invoke);
      sendJson(res, 200, { deadLetters, streamFailures }, headers);
      return true;
    }
    case 'GET /_local/endpoints':
      sendJson(res, 200, context.endpoints, headers);
      return true;
    case 'POST /_local/token': {
      const body = await parse(tokenRequest);
      if (!body) return true;
      const tokens = await context.issuer.mint(body.username, { expiresInSeconds: body.expiresInSeconds });
      if (!tokens) {
        const known = context.issuer.users.map((user) => user.username).join(', ');
        sendProblem(res, badRequest(`No seeded user ${body.username}; the seeded users are ${known}.`), headers);
        return true;
      }
      sendJson(res, 200, tokens, { ...headers, 'cache-control': 'no-store' });
      return true;
    }
    case 'POST /_local/faults': {
      const body = await parse(faultRequest);
      if (!body) return true;
      context.faults.arm(body.target, body.mode, body.count);
      sendJson(res, 200, { items: context.faults.snapshot() }, headers);
      return true;
    }
    case 'GET /_local/faults':
      sendJson(res, 200, { items: context.faults.snapshot() }, headers);
      return true;
    case 'DELETE /_local/faults':
      context.faults.clear();
      res.writeHead(204, headers);
      res.end();
      return true;
    default:
      sendProblem(res, problem('notFound', 'Not Found', 404, `No local endpoint ${route}.`), headers);
      return true;
  }
}
