import type { MiddlewareObj, Request } from '@middy/core';
import { DomainError, HttpProblem } from '../errors.js';
import { callerOf } from './authorize.js';
import type { Caller, HttpContext, HttpEvent, HttpResponse } from './types.js';

export interface Refusal {
  /** Null when no readable token came with the request. */
  caller: Caller | null;
  status: 401 | 403;
  /** The raw path parameters (the refusal may come before they are validated). */
  pathParameters: Record<string, string | undefined>;
  source: { ip: string | undefined; userAgent: string | undefined };
  reason: string;
}

export type RefusalAudit = (refusal: Refusal) => Promise<void>;

const safeCaller = (event: HttpEvent): Caller | null => {
  try {
    return callerOf(event);
  } catch {
    return null;
  }
};

/**
 * Audits every refused call (401 or 403) before the refusal is answered, whichever check refused
 * it: the role check here, or a relationship check in the handler. If the audit cannot be written
 * the request fails with 500 and nothing leaves.
 */
export function refusalAudit(audit: RefusalAudit): MiddlewareObj<HttpEvent, HttpResponse, Error, HttpContext> {
  const refusalAuditOnError = async (request: Request<HttpEvent, HttpResponse, Error, HttpContext>) => {
    const { error, event } = request;
    const status = error instanceof HttpProblem || error instanceof DomainError ? error.status : undefined;
    if (status !== 401 && status !== 403) return;
    await audit({
      caller: request.context.lantern?.caller ?? safeCaller(event),
      status,
      pathParameters: event.pathParameters ?? {},
      source: { ip: event.requestContext?.http?.sourceIp, userAgent: event.requestContext?.http?.userAgent },
      reason: error instanceof HttpProblem ? (error.detail ?? error.title) : (error?.message ?? ''),
    });
  };
  return { onError: refusalAuditOnError };
}
