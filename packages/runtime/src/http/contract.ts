import type { FieldProblem, RouteDefinition } from '@lantern/contracts';
import { PROBLEM_TYPES } from '@lantern/contracts';
import type { MiddlewareObj, Request } from '@middy/core';
import type * as z from 'zod/mini';
import { HttpProblem, MalformedJsonProblem, ValidationProblem } from '../errors.js';
import type { HttpContext, HttpEvent, HttpResponse } from './types.js';

/** Largest JSON body accepted; every field has its own, smaller limit in the schemas. */
export const MAX_BODY_BYTES = 64 * 1024;

export function fieldProblems(issues: readonly z.core.$ZodIssue[], prefix?: string): FieldProblem[] {
  return issues.map((issue) => ({
    path: [prefix, ...issue.path.map(String)].filter((part) => part !== undefined && part !== '').join('.'),
    message: issue.message,
  }));
}

function readJsonBody(event: HttpEvent): unknown {
  const raw =
    event.body === undefined
      ? ''
      : event.isBase64Encoded
        ? Buffer.from(event.body, 'base64').toString('utf8')
        : event.body;
  if (Buffer.byteLength(raw) > MAX_BODY_BYTES) {
    throw new HttpProblem(
      413,
      PROBLEM_TYPES.payloadTooLarge,
      'Request too large',
      `The body may be at most ${MAX_BODY_BYTES} bytes.`,
    );
  }
  const contentType = event.headers?.['content-type'] ?? '';
  if (!/^application\/([\w.+-]+\+)?json\b/i.test(contentType)) {
    throw new HttpProblem(
      415,
      PROBLEM_TYPES.unsupportedMediaType,
      'Unsupported media type',
      'Send the body as application/json.',
    );
  }
  try {
    return JSON.parse(raw);
  } catch {
    throw new MalformedJsonProblem();
  }
}

/**
 * Validates the headers, body, query string and path parameters against the route value and hands
 * the parsed values to the handler. Every field problem is reported at once (headers too); nothing
 * downstream runs when any is found.
 */
export function httpContract(route: RouteDefinition): MiddlewareObj<HttpEvent, HttpResponse, Error, HttpContext> {
  const httpContractBefore = async (request: Request<HttpEvent, HttpResponse, Error, HttpContext>) => {
    const { event } = request;
    const problems: FieldProblem[] = [];
    const parse = (schema: z.ZodMiniType | undefined, value: unknown, prefix?: string) => {
      if (!schema) return undefined;
      const result = schema.safeParse(value);
      if (result.success) return result.data;
      problems.push(...fieldProblems(result.error.issues, prefix));
      return undefined;
    };
    const headers: Record<string, unknown> = {};
    for (const [name, header] of Object.entries(route.headers ?? {})) {
      const value = event.headers?.[name];
      if (value === undefined) {
        if (header.required) problems.push({ path: `headers.${name}`, message: 'This header is required' });
        continue;
      }
      headers[name] = parse(header.schema, value, `headers.${name}`);
    }
    const body = route.body ? parse(route.body, readJsonBody(event)) : undefined;
    const query = parse(route.query, event.queryStringParameters ?? {}, 'query');
    const params = parse(route.params, event.pathParameters ?? {}, 'path');
    if (problems.length > 0) throw new ValidationProblem(problems);
    request.context.lantern = { ...request.context.lantern, body, query, params, headers };
  };
  return { before: httpContractBefore };
}
