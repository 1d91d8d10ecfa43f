/**
 * Runs inside a function's worker thread, like the Lambda Node.js runtime: loads the bundle once,
 * then answers one invocation at a time with a Lambda-shaped context. Bundled by esbuild at start
 * (see worker-pool.ts), so it must not import anything but Node built-ins.
 */
import { pathToFileURL } from 'node:url';
import { parentPort, workerData } from 'node:worker_threads';
import type { FunctionErrorPayload, InvokeMessage, WorkerData, WorkerMessage } from './protocol.js';

type Handler = (event: unknown, context: unknown, callback?: (error: unknown, value?: unknown) => void) => unknown;

const port = parentPort;
if (!port) throw new Error('worker-host must run in a worker thread');
const post = (message: WorkerMessage) => port.postMessage(message);

const toErrorPayload = (error: unknown): FunctionErrorPayload => {
  if (error instanceof Error) {
    return { errorType: error.name, errorMessage: error.message, trace: error.stack?.split('\n') };
  }
  return { errorType: 'Error', errorMessage: String(error) };
};

const started = performance.now();
let handler: Handler;
try {
  const module = (await import(pathToFileURL((workerData as WorkerData).bundlePath).href)) as { handler?: unknown };
  if (typeof module.handler !== 'function') throw new Error('The bundle exports no `handler` function');
  handler = module.handler as Handler;
  post({ type: 'ready', loadMs: performance.now() - started });
} catch (error) {
  post({ type: 'load-error', error: toErrorPayload(error) });
  throw error;
}

/** An unsampled X-Ray trace header, set per invocation as the Lambda runtime does. */
function traceId(): string {
  const hex = (bytes: number) =>
    Array.from(crypto.getRandomValues(new Uint8Array(bytes)), (b) => b.toString(16).padStart(2, '0')).join('');
  const epoch = Math.floor(Date.now() / 1000).toString(16);
  return `Root=1-${epoch}-${hex(12)};Parent=${hex(8)};Sampled=0`;
}

function invoke(message: InvokeMessage): Promise<unknown> {
  const { context: base } = message;
  process.env._X_AMZN_TRACE_ID = traceId();
  const context = {
    ...base,
    functionVersion: '$LATEST',
    logGroupName: `/aws/lambda/${base.functionName}`,
    logStreamName: `local/${base.awsRequestId}`,
    callbackWaitsForEmptyEventLoop: true,
    getRemainingTimeInMillis: () => Math.max(0, base.deadlineMs - Date.now()),
  };
  return new Promise((resolve, reject) => {
    const callback = (error: unknown, value?: unknown) => (error ? reject(error) : resolve(value));
    try {
      const returned = handler(message.event, context, callback);
      // An async handler resolves; a callback-style one (three parameters) calls back.
      if (handler.length < 3 || (returned && typeof (returned as Promise<unknown>).then === 'function')) {
        Promise.resolve(returned).then(resolve, reject);
      }
    } catch (error) {
      reject(error);
    }
  });
}

port.on('message', (message: InvokeMessage) => {
  invoke(message).then(
    // Lambda serialises the result to JSON; so does this, so what crosses is plain data.
    (value) =>
      post({
        type: 'result',
        id: message.id,
        ok: true,
        value: value === undefined ? null : JSON.parse(JSON.stringify(value)),
      }),
    (error: unknown) => post({ type: 'result', id: message.id, ok: false, error: toErrorPayload(error) }),
  );
});
