import type { Role, RouteDefinition } from '@lantern/contracts';
import type { APIGatewayProxyEventV2WithJWTAuthorizer, APIGatewayProxyStructuredResultV2, Context } from 'aws-lambda';
import type * as z from 'zod/mini';
import type { IdempotencyClaim } from './idempotency.js';

export type HttpEvent = APIGatewayProxyEventV2WithJWTAuthorizer;
export type HttpResponse = APIGatewayProxyStructuredResultV2;

/** Who is calling, from the token API Gateway verified. */
export interface Caller {
  subject: string;
  /** Cognito's sign-in name (the local issuer sets it too): a peer's record has this `email`. */
  username: string;
  roles: readonly Role[];
}

type Infer<T> = T extends z.ZodMiniType ? z.infer<T> : undefined;
type HeadersOf<R extends RouteDefinition> =
  R['headers'] extends Readonly<Record<string, unknown>>
    ? {
        [K in keyof R['headers']]?: R['headers'][K] extends { schema: z.ZodMiniType }
          ? z.infer<R['headers'][K]['schema']>
          : never;
      }
    : Record<string, never>;

/** What a route's handler receives: everything already validated against the route value. */
export interface RouteRequest<R extends RouteDefinition> {
  body: Infer<R['body']>;
  query: Infer<R['query']>;
  params: Infer<R['params']>;
  headers: HeadersOf<R>;
  /** Never null on a protected route; null on a public route called without a token. */
  caller: R['auth'] extends 'public' ? Caller | null : Caller;
  /** Where the request came from, for audit entries. */
  source: { ip: string | undefined; userAgent: string | undefined };
  /** Present when the route takes `Idempotency-Key` and the caller sent one. */
  idempotency: IdempotencyClaim | undefined;
  event: HttpEvent;
}

/** What the middlewares parsed for the handler. */
export interface ParsedRequest {
  body?: unknown;
  query?: unknown;
  params?: unknown;
  headers?: Record<string, unknown>;
  caller?: Caller | null;
  idempotency?: IdempotencyClaim;
}

export type HttpContext = Context & { lantern: ParsedRequest };

/** What a handler returns; the stack turns it into an API Gateway response. */
export interface HttpResult {
  status: number;
  body?: unknown;
  headers?: Record<string, string>;
}
