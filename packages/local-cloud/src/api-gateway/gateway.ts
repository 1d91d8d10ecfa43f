import type { IncomingMessage, ServerResponse } from 'node:http';
import { allowedHeaders } from '@lantern/contracts';
import { BodyTooLargeError } from '../errors.js';
import type { InvokeResult } from '../functions/worker-pool.js';
import { problem, sendProblem } from '../http/problem.js';
import { readBody } from '../http/server.js';
import { corsHeaders, isPreflight, preflightHeaders } from './cors.js';
import type { AuthorizerResult } from './jwt-authorizer.js';
import { newRequestId, toPayloadV2 } from './payload-v2.js';
import { fromResultV2, type HttpAnswer } from './response-v2.js';
import { type ApiRoute, matchRoute } from './routes.js';

/** API Gateway's request payload limit. */
export const MAX_BODY_BYTES = 10 * 1024 * 1024;

export interface GatewayOptions {
  routes: readonly ApiRoute[];
  invoke(functionName: string, event: unknown): Promise<InvokeResult>;
  authorize(authorization: string | undefined): Promise<AuthorizerResult>;
  corsOrigins: readonly string[];
  /** Paths the gateway does not own (`/oidc`, `/_local`); return true when answered. */
  extra?: (path: string, req: IncomingMessage, res: ServerResponse, cors: Record<string, string>) => Promise<boolean>;
  log: (line: string) => void;
}

/** The HTTP API: CORS, routes from the manifests, the JWT authorizer, payload 2.0 both ways. */
export function createGateway(options: GatewayOptions) {
  const allowHeaders = allowedHeaders(options.routes.flatMap((route) => route.headers));
  return async (req: IncomingMessage, res: ServerResponse): Promise<void> => {
    const url = new URL(req.url ?? '/', 'http://localhost');
    const requestId = newRequestId();
    const cors = corsHeaders(req, options.corsOrigins);
    const common = { ...cors, 'apigw-requestid': requestId };
    if (isPreflight(req)) {
      res.writeHead(204, { ...preflightHeaders(req, options.corsOrigins, allowHeaders), 'apigw-requestid': requestId });
      res.end();
      return;
    }
    if (options.extra && (await options.extra(url.pathname, req, res, common))) return;

    const match = matchRoute(options.routes, req.method ?? 'GET', url.pathname);
    if (!match) {
      await drain(req);
      sendProblem(res, problem('notFound', 'Not Found', 404, `No route for ${req.method} ${url.pathname}.`), common);
      return;
    }
    let authorizer: { claims: Record<string, string>; scopes: string[] | null } | undefined;
    if (match.route.auth !== 'public') {
      const verdict = await options.authorize(req.headers.authorization);
      if (!verdict.ok) {
        await drain(req);
        sendProblem(res, problem('unauthorized', 'Unauthorized', 401, 'A valid bearer token is required.'), {
          ...common,
          'www-authenticate': `Bearer error="invalid_token"`,
        });
        return;
      }
      authorizer = { claims: verdict.claims, scopes: verdict.scopes };
    }
    let body: Buffer;
    try {
      body = await readBody(req, MAX_BODY_BYTES);
    } catch (error) {
      if (!(error instanceof BodyTooLargeError)) throw error;
      sendProblem(res, problem('payloadTooLarge', 'Payload Too Large', 413, 'The request body exceeds 10 MB.'), {
        ...common,
        connection: 'close',
      });
      req.destroy();
      return;
    }
    const event = toPayloadV2({ req, url, body, match, requestId, authorizer });
    const result = await options.invoke(match.route.functionName, event);
    let answer: HttpAnswer;
    try {
      if (!result.ok) throw new Error(`${result.error.errorType}: ${result.error.errorMessage}`);
      answer = fromResultV2(result.value);
    } catch (error) {
      options.log(`${match.route.routeKey} → 500: ${(error as Error).message}`);
      sendProblem(res, problem('internal', 'Internal Server Error', 500, 'The integration failed.'), common);
      return;
    }
    writeAnswer(res, answer, common);
  };
}

function writeAnswer(res: ServerResponse, answer: HttpAnswer, common: Record<string, string>): void {
  const headers: Record<string, string | string[]> = { ...answer.headers, ...common };
  if (answer.cookies.length > 0) headers['set-cookie'] = answer.cookies;
  headers['content-length'] = String(answer.body.length);
  res.writeHead(answer.status, headers);
  res.end(answer.body);
}

async function drain(req: IncomingMessage): Promise<void> {
  try {
    await readBody(req, MAX_BODY_BYTES);
  } catch {
    req.destroy();
  }
}
