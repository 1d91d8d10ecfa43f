import type { IncomingMessage, ServerResponse } from 'node:http';
import { AwsApiError } from '../errors.js';
import type { FaultMode } from '../faults.js';
import { readBody } from './server.js';

export type AwsJsonOperation = (input: Record<string, unknown>) => unknown;

/**
 * Serves an AWS JSON 1.0/1.1 API: `POST /` with `X-Amz-Target: <Prefix>.<Operation>`.
 * `fault` lets tests make an operation fail (500, or a dropped connection).
 */
export function awsJsonHandler(input: {
  targetPrefix: string;
  contentType: string;
  operations: Record<string, AwsJsonOperation>;
  fault?: (operation: string) => FaultMode | null;
}) {
  return async (req: IncomingMessage, res: ServerResponse): Promise<void> => {
    const send = (status: number, body: unknown) => {
      const text = JSON.stringify(body);
      res.writeHead(status, { 'content-type': input.contentType, 'content-length': Buffer.byteLength(text) });
      res.end(text);
    };
    const target = String(req.headers['x-amz-target'] ?? '');
    const [prefix, operationName = ''] = target.split('.');
    const operation = input.operations[operationName];
    const raw = await readBody(req);
    if (req.method !== 'POST' || prefix !== input.targetPrefix || !operation) {
      send(400, { __type: 'UnknownOperationException', message: `Unknown operation ${target}` });
      return;
    }
    const fault = input.fault?.(operationName);
    if (fault === 'reset') {
      req.socket.destroy();
      return;
    }
    if (fault === 'error') {
      send(500, { __type: 'InternalException', message: 'Injected fault (POST /_local/faults)' });
      return;
    }
    try {
      const body = raw.length > 0 ? (JSON.parse(raw.toString('utf8')) as Record<string, unknown>) : {};
      send(200, (await operation(body)) ?? {});
    } catch (error) {
      if (error instanceof AwsApiError)
        send(error.status, { ...error.fields, __type: error.type, message: error.message });
      else if (error instanceof SyntaxError) send(400, { __type: 'SerializationException', message: error.message });
      else send(500, { __type: 'InternalException', message: (error as Error).message });
    }
  };
}
