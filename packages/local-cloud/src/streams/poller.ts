import {
  DescribeStreamCommand,
  type DynamoDBStreamsClient,
  GetRecordsCommand,
  type GetRecordsCommandOutput,
  GetShardIteratorCommand,
  type Shard,
} from '@aws-sdk/client-dynamodb-streams';
import type { InvokeResult } from '../functions/worker-pool.js';
import { deliverBatch, type StreamRetryPolicy } from './batch-delivery.js';
import type { CheckpointStore } from './checkpoints.js';
import type { StreamDiscard } from './stream-failures.js';
import { passesFilter, toLambdaRecord } from './stream-record.js';

export type { StreamDiscard } from './stream-failures.js';

export interface PollerOptions {
  client: DynamoDBStreamsClient;
  streamArn: string;
  functionName: string;
  batchSize: number;
  partitionKeyPrefix: string;
  invoke(functionName: string, event: unknown): Promise<InvokeResult>;
  checkpoints: CheckpointStore;
  retry: StreamRetryPolicy;
  /** Pause after the first empty poll; low, since intake → email must stay under a second. */
  idleMs: number;
  onDiscard(discard: Omit<StreamDiscard, 'id'>): void;
  log(line: string): void;
}

interface ShardState {
  shard: Shard;
  iterator?: string;
  finished: boolean;
}

const SHARD_REFRESH_MS = 1_000;
/**
 * The pause once a stream has been quiet a while: AWS's event source mapping polls each shard about
 * four times a second. Each empty poll doubles the pause from `idleMs` up to this, so an idle cloud
 * does not keep DynamoDB Local (one SQLite thread for every request) busy answering pollers.
 */
const QUIET_POLL_MS = 250;

/** The pause after the `quietPolls`-th empty poll in a row (1 for the first). */
export function quietPauseMs(idleMs: number, quietPolls: number): number {
  return Math.max(idleMs, Math.min(QUIET_POLL_MS, idleMs * 2 ** (quietPolls - 1)));
}

/**
 * Polls a table's stream for one function, as a Lambda event source mapping does: shards in
 * lineage order (a parent before its children), records filtered by partition-key prefix, in
 * batches of `batchSize`, each shard checkpointed in order.
 */
export class StreamPoller {
  readonly #shards = new Map<string, ShardState>();
  #stopped = false;
  #loop?: Promise<void>;
  #lastRefresh = 0;
  #wake?: () => void;
  /** Empty polls in a row, for the pause after the next one. */
  #quietPolls = 0;

  constructor(private readonly options: PollerOptions) {}

  start(): void {
    this.#loop = this.#run();
  }

  /** Stops polling; an invocation still running is not waited for long (its sandbox is stopped next). */
  async stop(): Promise<void> {
    this.#stopped = true;
    this.#wake?.();
    let timer: NodeJS.Timeout | undefined;
    await Promise.race([this.#loop, new Promise((resolve) => (timer = setTimeout(resolve, 2_000)))]);
    clearTimeout(timer);
  }

  async #run(): Promise<void> {
    while (!this.#stopped) {
      let busy = false;
      try {
        if (Date.now() - this.#lastRefresh > SHARD_REFRESH_MS) await this.#refreshShards();
        for (const state of this.#readyShards()) busy = (await this.#pollShard(state)) || busy;
      } catch (error) {
        if (this.#stopped) break;
        this.options.log(`stream poller for ${this.options.functionName}: ${(error as Error).message}`);
        await this.#sleep(500);
      }
      if (busy) this.#quietPolls = 0;
      else await this.#sleep(this.#quietPause());
    }
  }

  #quietPause(): number {
    this.#quietPolls = Math.min(this.#quietPolls + 1, 16);
    return quietPauseMs(this.options.idleMs, this.#quietPolls);
  }

  async #refreshShards(): Promise<void> {
    let exclusiveStartShardId: string | undefined;
    do {
      const { StreamDescription } = await this.options.client.send(
        new DescribeStreamCommand({ StreamArn: this.options.streamArn, ExclusiveStartShardId: exclusiveStartShardId }),
      );
      for (const shard of StreamDescription?.Shards ?? []) {
        if (shard.ShardId && !this.#shards.has(shard.ShardId)) {
          this.#shards.set(shard.ShardId, { shard, finished: false });
        }
      }
      exclusiveStartShardId = StreamDescription?.LastEvaluatedShardId;
    } while (exclusiveStartShardId);
    this.#lastRefresh = Date.now();
  }

  /** Open shards whose parent is done (or no longer listed), oldest first. */
  #readyShards(): ShardState[] {
    return [...this.#shards.values()].filter((state) => {
      if (state.finished) return false;
      const parent = state.shard.ParentShardId ? this.#shards.get(state.shard.ParentShardId) : undefined;
      return !parent || parent.finished;
    });
  }

  /** Reads once from a shard and delivers what passes the filter. True when records came back. */
  async #pollShard(state: ShardState): Promise<boolean> {
    const { client, functionName, checkpoints } = this.options;
    const shardId = state.shard.ShardId as string;
    state.iterator ??= await this.#iteratorFor(shardId);
    let response: GetRecordsCommandOutput;
    try {
      response = await client.send(new GetRecordsCommand({ ShardIterator: state.iterator, Limit: 1000 }));
    } catch (error) {
      const name = (error as { name?: string }).name;
      if (name === 'ExpiredIteratorException' || name === 'TrimmedDataAccessException') {
        state.iterator = undefined;
        if (name === 'TrimmedDataAccessException') this.#forgetCheckpoint(shardId);
        return true;
      }
      if (name === 'ResourceNotFoundException') {
        state.finished = true;
        return false;
      }
      throw error;
    }
    state.iterator = response.NextShardIterator;
    if (!state.iterator) {
      state.finished = true;
      this.#lastRefresh = 0;
    }
    const raw = response.Records ?? [];
    if (raw.length === 0) return false;
    const records = raw
      .filter((record) => passesFilter(record, this.options.partitionKeyPrefix))
      .map((record) => toLambdaRecord(record, this.options.streamArn));
    for (let start = 0; start < records.length && !this.#stopped; start += this.options.batchSize) {
      await deliverBatch(
        records.slice(start, start + this.options.batchSize),
        {
          invoke: (event) => this.options.invoke(functionName, event),
          checkpoint: (record) => checkpoints.set(functionName, shardId, record.dynamodb?.SequenceNumber as string),
          discard: (discarded, error) => {
            this.options.log(`${functionName} gave up ${discarded.length} stream record(s): ${error.message}`);
            this.options.onDiscard({
              functionName,
              streamArn: this.options.streamArn,
              records: discarded,
              error,
              discardedAt: new Date().toISOString(),
            });
          },
          sleep: (ms) => this.#sleep(ms),
          stopped: () => this.#stopped,
        },
        this.options.retry,
      );
    }
    // Records the filter dropped are done too.
    if (!this.#stopped) {
      const last = raw[raw.length - 1]?.dynamodb?.SequenceNumber;
      if (last) checkpoints.set(functionName, shardId, last);
    }
    return true;
  }

  /** From the checkpoint; a checkpoint the stream no longer has (trimmed, or another DB) restarts the shard. */
  async #iteratorFor(shardId: string): Promise<string | undefined> {
    try {
      return await this.#requestIterator(shardId);
    } catch (error) {
      const name = (error as { name?: string }).name;
      if (name !== 'TrimmedDataAccessException' && name !== 'ValidationException') throw error;
      this.options.log(
        `${this.options.functionName}: checkpoint of ${shardId} is gone (${name}); reading from the oldest record`,
      );
      this.#forgetCheckpoint(shardId);
      return this.#requestIterator(shardId);
    }
  }

  async #requestIterator(shardId: string): Promise<string | undefined> {
    const after = this.options.checkpoints.get(this.options.functionName, shardId);
    const { ShardIterator } = await this.options.client.send(
      new GetShardIteratorCommand({
        StreamArn: this.options.streamArn,
        ShardId: shardId,
        ...(after
          ? { ShardIteratorType: 'AFTER_SEQUENCE_NUMBER', SequenceNumber: after }
          : { ShardIteratorType: 'TRIM_HORIZON' }),
      }),
    );
    return ShardIterator;
  }

  #forgetCheckpoint(shardId: string): void {
    this.options.checkpoints.set(this.options.functionName, shardId, '');
  }

  #sleep(ms: number): Promise<void> {
    return new Promise((resolve) => {
      const timer = setTimeout(() => {
        this.#wake = undefined;
        resolve();
      }, ms);
      this.#wake = () => {
        clearTimeout(timer);
        resolve();
      };
    });
  }
}
