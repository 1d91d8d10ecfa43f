import type { APIGatewayProxyEventV2WithJWTAuthorizer, APIGatewayProxyStructuredResultV2, Context } from 'aws-lambda';
import type { Role } from '../manifest.js';

export type HttpEvent = APIGatewayProxyEventV2WithJWTAuthorizer;
export type HttpResponse = APIGatewayProxyStructuredResultV2;

/** Who is calling, from the JWT claims API Gateway verified. */
export interface AuthContext {
  subject: string;
  username: string;
  roles: readonly Role[];
}

/** What the middlewares parsed for the handler. */
export interface ParsedRequest<TBody = unknown, TQuery = unknown, TPath = unknown> {
  body: TBody;
  query: TQuery;
  path: TPath;
  /** `null` on public routes called without a token. */
  auth: AuthContext | null;
}

export type HttpContext<TBody = unknown, TQuery = unknown, TPath = unknown> = Context & {
  lantern: ParsedRequest<TBody, TQuery, TPath>;
};

/** What a handler returns; the stack turns it into an API Gateway response. */
export interface HttpResult {
  status: number;
  body?: unknown;
  headers?: Record<string, string>;
}
