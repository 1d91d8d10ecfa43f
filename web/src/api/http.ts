import { Problem } from '@lantern/contracts';
import { ApiError } from './api-error.js';

export { ApiError };

export interface ApiRequest {
  method?: 'GET' | 'POST' | 'PATCH';
  body?: unknown;
  token?: string;
  headers?: Record<string, string>;
}

/** One JSON request to the Lantern API; non-2xx answers become an `ApiError` carrying the problem. */
export async function apiRequest(baseUrl: string, path: string, request: ApiRequest = {}): Promise<unknown> {
  const headers: Record<string, string> = { accept: 'application/json', ...request.headers };
  if (request.body !== undefined) headers['content-type'] = 'application/json';
  if (request.token) headers.authorization = `Bearer ${request.token}`;
  const response = await fetch(`${baseUrl}${path}`, {
    method: request.method ?? 'GET',
    headers,
    ...(request.body === undefined ? {} : { body: JSON.stringify(request.body) }),
  });
  const text = await response.text();
  const json: unknown = text ? JSON.parse(text) : undefined;
  if (!response.ok) {
    const problem = Problem.safeParse(json);
    throw new ApiError(response.status, problem.success ? problem.data : undefined);
  }
  return json;
}
