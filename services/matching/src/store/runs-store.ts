import { GetCommand, PutCommand, UpdateCommand } from '@aws-sdk/lib-dynamodb';
import type { MatchingRun, OutgoingEvent } from '@lantern/contracts';
import { writeWithOutbox } from '@lantern/runtime';
import { ulid } from 'ulid';
import { runPartition, SK, type StoreDeps } from './items.js';
import { packJson, unpackJson } from './packed-json.js';

/** A proposal for thousands of clients outgrows one item (400 KB): it is stored gzipped, in parts. */
const PART_BYTES = 300_000;
/**
 * Each save writes its parts under a new generation, which the header names once they are all
 * stored: a reader never mixes one save's header with another's parts. (Runs saved before
 * generations have none.)
 */
const partKey = (generation: string | undefined, n: number) =>
  `PART#${generation ? `${generation}#` : ''}${String(n).padStart(4, '0')}`;

/** Batch runs: the proposal as it was made, and when it was applied. */
export function createRunsStore({ documents, table }: Pick<StoreDeps, 'documents' | 'table'>) {
  const get = async (runId: string, sk: string) =>
    (
      await documents.send(
        new GetCommand({ TableName: table.name, Key: table.key(runPartition(runId), sk), ConsistentRead: true }),
      )
    ).Item;

  /** The parts of a save the header no longer names: gone in an hour (TTL), after any reader of them. */
  const expireParts = async (runId: string, generation: string | undefined, count: number) => {
    const expiresAt = Math.floor(Date.now() / 1000) + 3600;
    await Promise.all(
      Array.from({ length: count }, (_, n) =>
        documents
          .send(
            new UpdateCommand({
              TableName: table.name,
              Key: table.key(runPartition(runId), partKey(generation, n)),
              UpdateExpression: 'SET #expiresAt = :at',
              ConditionExpression: 'attribute_exists(#pk)',
              ExpressionAttributeNames: { '#expiresAt': table.ttlAttribute, '#pk': table.partitionKey },
              ExpressionAttributeValues: { ':at': expiresAt },
            }),
          )
          .catch(ignoreConditionFailed),
      ),
    );
  };

  return {
    /**
     * Parts first, the header (naming how many parts) last: a run is readable once all of it is
     * stored. Events are published with the header, in its transaction (the outbox).
     */
    async saveRun(run: MatchingRun, events: readonly OutgoingEvent[] = []): Promise<void> {
      const before = await get(run.runId, SK.run);
      const generation = ulid();
      const packed = packJson(run);
      const parts: Buffer[] = [];
      for (let at = 0; at < packed.length; at += PART_BYTES) parts.push(packed.subarray(at, at + PART_BYTES));
      await Promise.all(
        parts.map((data, n) =>
          documents.send(
            new PutCommand({
              TableName: table.name,
              Item: { ...table.key(runPartition(run.runId), partKey(generation, n)), data },
            }),
          ),
        ),
      );
      const header = { status: run.status, parts: parts.length, generation };
      const Item = { ...table.key(runPartition(run.runId), SK.run), ...header };
      if (events.length === 0) await documents.send(new PutCommand({ TableName: table.name, Item }));
      else await writeWithOutbox(documents, table, [{ Put: { TableName: table.name, Item } }], events);
      if (before) await expireParts(run.runId, before.generation as string | undefined, before.parts as number);
    },

    /** How far an apply going on in the background has got: the header only, not the whole run. */
    async saveProgress(runId: string, done: number): Promise<void> {
      await documents
        .send(
          new UpdateCommand({
            TableName: table.name,
            Key: table.key(runPartition(runId), SK.run),
            UpdateExpression: 'SET #done = :done',
            ConditionExpression: '#status = :applying',
            ExpressionAttributeNames: { '#done': 'progressDone', '#status': 'status' },
            ExpressionAttributeValues: { ':done': done, ':applying': 'applying' },
          }),
        )
        .catch(ignoreConditionFailed); // finished meanwhile: progress no longer matters
    },

    async getRun(runId: string): Promise<MatchingRun | undefined> {
      const header = await get(runId, SK.run);
      if (!header) return undefined;
      const count = header.parts as number;
      const generation = header.generation as string | undefined;
      const parts = await Promise.all(Array.from({ length: count }, (_, n) => get(runId, partKey(generation, n))));
      const bytes = Buffer.concat(parts.map((part) => Buffer.from(part?.data as Uint8Array)));
      const run = unpackJson<MatchingRun>(bytes);
      if (run.status !== 'applying' || typeof header.progressDone !== 'number') return run;
      return { ...run, progress: { ...run.progress, done: Math.max(run.progress.done, header.progressDone) } };
    },
  };
}

export type RunsStore = ReturnType<typeof createRunsStore>;

function ignoreConditionFailed(error: unknown): void {
  if ((error as Error).name !== 'ConditionalCheckFailedException') throw error;
}
