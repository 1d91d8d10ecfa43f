import type { DynamoDBStreamsClient } from '@aws-sdk/client-dynamodb-streams';
import { ManifestConflictError } from '../errors.js';
import type { LocalFunction } from '../functions/registry.js';
import type { InvokeResult } from '../functions/worker-pool.js';
import type { StreamRetryPolicy } from './batch-delivery.js';
import type { CheckpointStore } from './checkpoints.js';
import { type StreamDiscard, StreamPoller } from './poller.js';

/** One running poller per function with a `streamSource`, as the CDK app adds one event source mapping each. */
export function startStreamPollers(input: {
  functions: readonly LocalFunction[];
  streamArnOf: (service: string, table: string) => string | undefined;
  client: DynamoDBStreamsClient;
  checkpoints: CheckpointStore;
  invoke: (functionName: string, event: unknown) => Promise<InvokeResult>;
  retry: StreamRetryPolicy;
  idleMs: number;
  onDiscard: (discard: Omit<StreamDiscard, 'id'>) => void;
  log: (line: string) => void;
}): StreamPoller[] {
  const pollers: StreamPoller[] = [];
  for (const fn of input.functions) {
    const source = fn.spec.streamSource;
    if (!source) continue;
    const streamArn = input.streamArnOf(fn.service, source.table);
    if (!streamArn)
      throw new ManifestConflictError(`Table ${source.table} of ${fn.service} has no stream for ${fn.name}`);
    const poller = new StreamPoller({
      client: input.client,
      streamArn,
      functionName: fn.name,
      batchSize: source.batchSize,
      partitionKeyPrefix: source.partitionKeyPrefix,
      invoke: input.invoke,
      checkpoints: input.checkpoints,
      retry: input.retry,
      idleMs: input.idleMs,
      onDiscard: input.onDiscard,
      log: input.log,
    });
    poller.start();
    pollers.push(poller);
  }
  return pollers;
}
