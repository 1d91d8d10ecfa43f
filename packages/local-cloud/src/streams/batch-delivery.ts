import type { DynamoDBRecord } from 'aws-lambda';
import type { InvokeResult } from '../functions/worker-pool.js';

export interface StreamRetryPolicy {
  /** Retries of a failing batch (or single record) before it is given up; Lambda's MaximumRetryAttempts. */
  maxRetryAttempts: number;
  baseDelayMs: number;
  maxDelayMs: number;
}

export const DEFAULT_STREAM_RETRY: StreamRetryPolicy = { maxRetryAttempts: 10, baseDelayMs: 100, maxDelayMs: 2_000 };

export interface DeliveryHooks {
  invoke(event: { Records: DynamoDBRecord[] }): Promise<InvokeResult>;
  /** Every record up to and including this one is done: the shard may move past it. */
  checkpoint(record: DynamoDBRecord): Promise<void> | void;
  /** Records given up after the retries (Lambda's on-failure destination). */
  discard(records: DynamoDBRecord[], error: { type: string; message: string }): void;
  sleep(ms: number): Promise<void>;
  stopped(): boolean;
}

/** Where a batch's reported failures start, or `whole` when the report is unusable (Lambda retries all). */
function firstFailure(records: DynamoDBRecord[], value: unknown): number | 'none' | 'whole' {
  const failures = (value as { batchItemFailures?: unknown } | null)?.batchItemFailures;
  if (!Array.isArray(failures) || failures.length === 0) return 'none';
  let first = records.length;
  for (const failure of failures) {
    const id = (failure as { itemIdentifier?: unknown } | null)?.itemIdentifier;
    const index = records.findIndex((record) => record.dynamodb?.SequenceNumber === id);
    if (typeof id !== 'string' || id === '' || index < 0) return 'whole';
    first = Math.min(first, index);
  }
  return first;
}

/**
 * Delivers one batch as a DynamoDB event source mapping with ReportBatchItemFailures and
 * BisectBatchOnFunctionError does: reported failures are retried from the earliest one (the
 * records before it are checkpointed); a function error splits the batch in two and retries each
 * half in order; a batch that keeps failing is given up after `maxRetryAttempts` retries.
 */
export async function deliverBatch(
  records: DynamoDBRecord[],
  hooks: DeliveryHooks,
  policy: StreamRetryPolicy = DEFAULT_STREAM_RETRY,
): Promise<void> {
  let pending = records;
  let retries = 0;
  while (pending.length > 0 && !hooks.stopped()) {
    const result = await hooks.invoke({ Records: pending });
    let error: { type: string; message: string };
    if (result.ok) {
      const first = firstFailure(pending, result.value);
      if (first === 'none') {
        await hooks.checkpoint(pending[pending.length - 1] as DynamoDBRecord);
        return;
      }
      if (first !== 'whole' && first > 0) {
        await hooks.checkpoint(pending[first - 1] as DynamoDBRecord);
        pending = pending.slice(first);
      }
      error = { type: 'BatchItemFailures', message: 'The function reported batch item failures' };
    } else {
      error = { type: result.error.errorType, message: result.error.errorMessage };
      if (pending.length > 1) {
        const middle = Math.ceil(pending.length / 2);
        await deliverBatch(pending.slice(0, middle), hooks, policy);
        await deliverBatch(pending.slice(middle), hooks, policy);
        return;
      }
    }
    if (retries >= policy.maxRetryAttempts) {
      hooks.discard(pending, error);
      await hooks.checkpoint(pending[pending.length - 1] as DynamoDBRecord);
      return;
    }
    retries += 1;
    await hooks.sleep(Math.min(policy.maxDelayMs, policy.baseDelayMs * 2 ** (retries - 1)));
  }
}
