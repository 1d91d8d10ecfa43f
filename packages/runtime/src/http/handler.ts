import { injectLambdaContext } from '@aws-lambda-powertools/logger/middleware';
import { logMetrics } from '@aws-lambda-powertools/metrics/middleware';
import { IDEMPOTENCY_KEY_HEADER, type RouteDefinition } from '@lantern/contracts';
import middy from '@middy/core';
import { logger } from '../observability/logger.js';
import { metrics } from '../observability/metrics.js';
import { authorize } from './authorize.js';
import { httpContract } from './contract.js';
import { type IdempotencyOptions, idempotency } from './idempotency.js';
import { problemJson } from './problem-json.js';
import { type RefusalAudit, refusalAudit } from './refusal-audit.js';
import type { HttpContext, HttpEvent, HttpResponse, HttpResult, RouteRequest } from './types.js';

export type RouteHandlerFn<R extends RouteDefinition> = (
  request: RouteRequest<R>,
  context: HttpContext,
) => Promise<HttpResult>;

export interface HttpHandlerOptions {
  /** Where the route's Idempotency-Key answers are kept; needed when the route declares the header. */
  idempotency?: IdempotencyOptions;
  /** Records a refused call (401/403) before the refusal is answered: reads of client records are audited, refusals too. */
  auditRefusal?: RefusalAudit;
}

function toResponse(result: HttpResult): HttpResponse {
  const headers = { 'content-type': 'application/json', 'cache-control': 'no-store', ...result.headers };
  // A text answer (an iCalendar feed, say) names its own non-JSON content type and is sent as is.
  const text = typeof result.body === 'string' && !/json/i.test(headers['content-type']);
  return {
    statusCode: result.status,
    headers,
    body: result.body === undefined ? '' : text ? (result.body as string) : JSON.stringify(result.body),
  };
}

/**
 * The handler of one route value: structured logs with personal data redacted, metrics, then
 * problem+json errors, the route's role check, contract validation (headers, body, query, path)
 * and Idempotency-Key, in that order. Tracing is Lambda's active tracing (ADR 0003): no X-Ray SDK.
 */
export function httpHandler<const R extends RouteDefinition>(
  route: R,
  fn: RouteHandlerFn<R>,
  options: HttpHandlerOptions = {},
) {
  const base = async (event: HttpEvent, context: HttpContext): Promise<HttpResponse> => {
    const parsed = context.lantern;
    const request = {
      body: parsed.body,
      query: parsed.query,
      params: parsed.params,
      headers: parsed.headers ?? {},
      caller: parsed.caller ?? null,
      idempotency: parsed.idempotency,
      source: { ip: event.requestContext?.http?.sourceIp, userAgent: event.requestContext?.http?.userAgent },
      event,
    } as RouteRequest<R>;
    return toResponse(await fn(request, context));
  };
  const stack = middy<HttpEvent, HttpResponse, Error, HttpContext>(base)
    .use(injectLambdaContext(logger, { resetKeys: true }))
    .use(logMetrics(metrics))
    .use(problemJson());
  if (options.auditRefusal) stack.use(refusalAudit(options.auditRefusal));
  stack.use(authorize(route)).use(httpContract(route));
  if (route.headers?.[IDEMPOTENCY_KEY_HEADER]) {
    if (!options.idempotency) throw new Error(`${route.operationId} takes Idempotency-Key: pass options.idempotency`);
    stack.use(idempotency(route, options.idempotency));
  }
  return stack;
}
