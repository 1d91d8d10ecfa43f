import { PROBLEM_TYPES, type Problem } from '@lantern/contracts';
import type { MiddlewareObj, Request } from '@middy/core';
import { DomainError, HttpProblem } from '../errors.js';
import { logger, scrubText } from '../observability/logger.js';
import type { HttpEvent, HttpResponse } from './types.js';

export function problemResponse(problem: Problem): HttpResponse {
  return {
    statusCode: problem.status,
    headers: { 'content-type': 'application/problem+json' },
    body: JSON.stringify(problem),
  };
}

const DOMAIN_PROBLEMS = {
  403: { type: PROBLEM_TYPES.forbidden, title: 'Forbidden' },
  404: { type: PROBLEM_TYPES.notFound, title: 'Not found' },
  409: { type: PROBLEM_TYPES.conflict, title: 'Conflict' },
  412: { type: PROBLEM_TYPES.preconditionFailed, title: 'Precondition failed' },
  422: { type: PROBLEM_TYPES.validation, title: 'Cannot be done' },
} as const;

function toProblem(error: unknown): Problem {
  if (error instanceof DomainError) {
    return { ...DOMAIN_PROBLEMS[error.status], status: error.status, detail: error.message };
  }
  if (error instanceof HttpProblem) {
    const { type, title, status, detail, errors } = error;
    return { type, title, status, ...(detail ? { detail } : {}), ...(errors ? { errors: [...errors] } : {}) };
  }
  return {
    type: PROBLEM_TYPES.internal,
    title: 'Something went wrong',
    status: 500,
    detail: 'The request could not be completed. Nothing was changed; please try again.',
  };
}

/**
 * Turns any error into an RFC 9457 problem+json response. Registered first so that its `onError`
 * runs after every other middleware's; it leaves alone a response an earlier middleware set.
 */
export function problemJson(): MiddlewareObj<HttpEvent, HttpResponse> {
  const problemJsonOnError = async (request: Request<HttpEvent, HttpResponse>) => {
    if (request.response !== undefined) return;
    const problem = toProblem(request.error);
    if (problem.status >= 500) {
      // Only the error's name and message: a stack or cause may carry request data.
      logger.error('Request failed', {
        errorName: request.error?.name,
        errorMessage: scrubText(request.error?.message),
      });
    }
    request.response = problemResponse(problem);
  };
  return { onError: problemJsonOnError };
}
