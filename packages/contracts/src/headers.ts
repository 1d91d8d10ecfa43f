import * as z from 'zod/mini';
import type { RouteDefinition, RouteHeader } from './route.js';

/** `Idempotency-Key`: a repeat with the same key returns the first answer and stores nothing new. */
export const IDEMPOTENCY_KEY_HEADER = 'idempotency-key';
export const IdempotencyKey = z
  .string()
  .check(z.regex(/^[\x21-\x7e]{1,255}$/, { message: 'Use 1-255 visible ASCII characters' }));

/** `If-Match`: the record's `version` (its ETag); a stale one gets 412 with nothing written. */
export const IF_MATCH_HEADER = 'if-match';
export const IfMatch = z.pipe(
  z.string().check(z.regex(/^(W\/)?"?\d{1,12}"?$/, { message: 'Send the ETag you read, e.g. "3"' })),
  z.transform((value: string) => Number(value.replace(/^W\//, '').replaceAll('"', ''))),
);

export const idempotencyKeyHeader = {
  [IDEMPOTENCY_KEY_HEADER]: {
    schema: IdempotencyKey,
    description: 'A repeat with the same key returns the first response and stores nothing new.',
  },
} as const satisfies Record<string, RouteHeader>;

export const ifMatchHeader = {
  [IF_MATCH_HEADER]: {
    schema: IfMatch,
    description: 'The version read (ETag); a stale one gets 412 and nothing is written.',
  },
} as const satisfies Record<string, RouteHeader>;

/** Headers every route may receive, plus the ones routes declare: for CORS. */
export const BASE_REQUEST_HEADERS = ['authorization', 'content-type'] as const;

/** The request headers CORS must allow: the base ones and every header a route declares. */
export function requestHeaders(routes: readonly Pick<RouteDefinition, 'headers'>[]): string[] {
  return allowedHeaders(routes.flatMap((route) => Object.keys(route.headers ?? {})));
}

/** The same from the header names alone. */
export function allowedHeaders(declared: readonly string[]): string[] {
  return [...new Set([...BASE_REQUEST_HEADERS, ...declared])].sort();
}
