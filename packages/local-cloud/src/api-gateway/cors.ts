import type { IncomingMessage } from 'node:http';

/** The web app's dev server (Vite's default port). */
export const DEFAULT_CORS_ORIGINS = ['http://localhost:5173', 'http://127.0.0.1:5173'] as const;

const ALLOW_METHODS = 'GET,POST,PUT,PATCH,DELETE,OPTIONS';
const MAX_AGE_SECONDS = '600';

/** Response headers for an allowed origin, as an HTTP API `corsConfiguration` adds them. */
export function corsHeaders(req: IncomingMessage, allowedOrigins: readonly string[]): Record<string, string> {
  const origin = req.headers.origin;
  if (!origin || !allowedOrigins.includes(origin)) return {};
  return { 'access-control-allow-origin': origin, 'access-control-allow-credentials': 'true', vary: 'origin' };
}

/** A CORS preflight: API Gateway answers it itself, without calling any function. */
export function isPreflight(req: IncomingMessage): boolean {
  return req.method === 'OPTIONS' && typeof req.headers['access-control-request-method'] === 'string';
}

/** `allowHeaders`: the headers the route values declare, as the CDK app allows them. */
export function preflightHeaders(
  req: IncomingMessage,
  allowedOrigins: readonly string[],
  allowHeaders: readonly string[],
): Record<string, string> {
  const base = corsHeaders(req, allowedOrigins);
  if (!base['access-control-allow-origin']) return {};
  return {
    ...base,
    'access-control-allow-methods': ALLOW_METHODS,
    'access-control-allow-headers': allowHeaders.join(','),
    'access-control-max-age': MAX_AGE_SECONDS,
  };
}
