/** Messages between a function's worker thread and the pool that owns it. */

export interface InvokeMessage {
  type: 'invoke';
  id: number;
  event: unknown;
  context: {
    awsRequestId: string;
    functionName: string;
    memoryLimitInMB: string;
    invokedFunctionArn: string;
    deadlineMs: number;
  };
}

export interface FunctionErrorPayload {
  errorType: string;
  errorMessage: string;
  trace?: string[];
}

export type WorkerMessage =
  | { type: 'ready'; loadMs: number }
  | { type: 'load-error'; error: FunctionErrorPayload }
  | { type: 'result'; id: number; ok: true; value: unknown }
  | { type: 'result'; id: number; ok: false; error: FunctionErrorPayload };

export interface WorkerData {
  bundlePath: string;
}
