import { fillPath, Problem, type RouteDefinition, successStatus } from '@lantern/contracts';
import type * as z from 'zod/mini';
import { ApiError } from './api-error.js';

type InputOf<T> = T extends z.ZodMiniType ? z.input<T> : undefined;
type SuccessOf<R extends RouteDefinition> = {
  [S in keyof R['responses']]: S extends 200 | 201 | 202 | 204
    ? R['responses'][S] extends { schema: infer Out extends z.ZodMiniType }
      ? z.infer<Out>
      : undefined
    : never;
}[keyof R['responses']];

export interface CallOptions<R extends RouteDefinition> {
  params?: Record<string, string>;
  query?: InputOf<R['query']>;
  body?: InputOf<R['body']>;
  headers?: Record<string, string>;
  token?: string;
}

function queryString(query: unknown): string {
  const search = new URLSearchParams();
  for (const [key, value] of Object.entries((query ?? {}) as Record<string, unknown>)) {
    if (value !== undefined && value !== null) search.set(key, String(value));
  }
  const text = search.toString();
  return text ? `?${text}` : '';
}

/**
 * Calls one route of the API by its route value (method, path, schemas), so the web app cannot
 * drift from the server; the answer is parsed with the route's own success schema, and a non-2xx
 * answer becomes an `ApiError` carrying the problem.
 */
export async function callRoute<R extends RouteDefinition>(
  apiUrl: string,
  route: R,
  options: CallOptions<R> = {},
): Promise<SuccessOf<R>> {
  const headers: Record<string, string> = { accept: 'application/json', ...options.headers };
  if (options.body !== undefined) headers['content-type'] = 'application/json';
  if (options.token) headers.authorization = `Bearer ${options.token}`;
  const response = await fetch(`${apiUrl}${fillPath(route.path, options.params)}${queryString(options.query)}`, {
    method: route.method,
    headers,
    ...(options.body === undefined ? {} : { body: JSON.stringify(options.body) }),
  });
  const text = await response.text();
  const json: unknown = text ? JSON.parse(text) : undefined;
  if (!response.ok) {
    const problem = Problem.safeParse(json);
    throw new ApiError(response.status, problem.success ? problem.data : undefined, json);
  }
  // A route may answer more than one success (200 or 202): each is read with its own schema.
  const schema = (route.responses[response.status] ?? route.responses[successStatus(route)])?.schema;
  return (schema ? schema.parse(json) : undefined) as SuccessOf<R>;
}
