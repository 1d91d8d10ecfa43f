import { injectLambdaContext } from '@aws-lambda-powertools/logger/middleware';
import { logMetrics } from '@aws-lambda-powertools/metrics/middleware';
import { captureLambdaHandler } from '@aws-lambda-powertools/tracer/middleware';
import middy from '@middy/core';
import type * as z from 'zod/mini';
import { logger } from '../observability/logger.js';
import { metrics } from '../observability/metrics.js';
import { tracer } from '../observability/tracer.js';
import { authorize } from './authorize.js';
import { type ContractSpec, httpContract } from './contract.js';
import { problemJson } from './problem-json.js';
import type { HttpContext, HttpEvent, HttpResponse, HttpResult } from './types.js';

type Infer<T> = T extends z.ZodMiniType ? z.infer<T> : undefined;

export type HttpHandlerFn<S extends ContractSpec> = (
  request: HttpContext<Infer<S['body']>, Infer<S['query']>, Infer<S['path']>>['lantern'] & { event: HttpEvent },
  context: HttpContext,
) => Promise<HttpResult>;

function toResponse(result: HttpResult): HttpResponse {
  return {
    statusCode: result.status,
    headers: { 'content-type': 'application/json', 'cache-control': 'no-store', ...result.headers },
    body: result.body === undefined ? '' : JSON.stringify(result.body),
  };
}

/**
 * The HTTP handler stack: structured logs with personal data redacted, metrics, tracing, then
 * problem+json errors, role checks from the manifest and contract validation, in that order.
 */
export function httpHandler<S extends ContractSpec>(spec: S, fn: HttpHandlerFn<S>) {
  const base = async (event: HttpEvent, context: HttpContext): Promise<HttpResponse> => {
    const { lantern } = context;
    const result = await fn({ ...(lantern as object), event } as Parameters<HttpHandlerFn<S>>[0], context);
    return toResponse(result);
  };
  return middy<HttpEvent, HttpResponse, Error, HttpContext>(base)
    .use(injectLambdaContext(logger, { resetKeys: true }))
    .use(logMetrics(metrics))
    .use(captureLambdaHandler(tracer))
    .use(problemJson())
    .use(authorize())
    .use(httpContract(spec));
}
