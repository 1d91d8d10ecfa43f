import { MalformedResponseError } from '../errors.js';
export interface HttpAnswer {
  status: number;
  headers: Record<string, string>;
  cookies: string[];
  body: Buffer;
}

/**
 * Turns a function's result into an HTTP answer by the payload 2.0 rules: an object with a
 * `statusCode` is a full response; anything else that is JSON (an object, a string, a number) is
 * a 200 whose body is that value (a string as is, the rest as JSON).
 */
export function fromResultV2(result: unknown): HttpAnswer {
  if (result !== null && typeof result === 'object' && 'statusCode' in result) {
    const response = result as {
      statusCode: unknown;
      headers?: Record<string, unknown>;
      multiValueHeaders?: Record<string, unknown[]>;
      cookies?: unknown[];
      body?: unknown;
      isBase64Encoded?: unknown;
    };
    const status = Number(response.statusCode);
    if (!Number.isInteger(status) || status < 100 || status > 599) {
      throw new MalformedResponseError(`statusCode ${String(response.statusCode)} is not an HTTP status`);
    }
    const headers: Record<string, string> = {};
    for (const [name, values] of Object.entries(response.multiValueHeaders ?? {})) {
      headers[name.toLowerCase()] = values.map(String).join(',');
    }
    for (const [name, value] of Object.entries(response.headers ?? {})) headers[name.toLowerCase()] = String(value);
    const text = response.body === undefined || response.body === null ? '' : String(response.body);
    return {
      status,
      headers,
      cookies: (response.cookies ?? []).map(String),
      body: response.isBase64Encoded === true ? Buffer.from(text, 'base64') : Buffer.from(text, 'utf8'),
    };
  }
  const body =
    result === undefined || result === null ? '' : typeof result === 'string' ? result : JSON.stringify(result);
  return { status: 200, headers: { 'content-type': 'application/json' }, cookies: [], body: Buffer.from(body, 'utf8') };
}
