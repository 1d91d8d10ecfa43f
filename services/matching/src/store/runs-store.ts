import { GetCommand, PutCommand } from '@aws-sdk/lib-dynamodb';
import type { MatchingRun } from '@lantern/contracts';
import { runPartition, SK, type StoreDeps } from './items.js';
import { packJson, unpackJson } from './packed-json.js';

/** A proposal for thousands of clients outgrows one item (400 KB): it is stored gzipped, in parts. */
const PART_BYTES = 300_000;
const partKey = (n: number) => `PART#${String(n).padStart(4, '0')}`;

/** Batch runs: the proposal as it was made, and when it was applied. */
export function createRunsStore({ documents, table }: Pick<StoreDeps, 'documents' | 'table'>) {
  const get = async (runId: string, sk: string) =>
    (
      await documents.send(
        new GetCommand({ TableName: table.name, Key: table.key(runPartition(runId), sk), ConsistentRead: true }),
      )
    ).Item;

  return {
    /** Parts first, the header (naming how many parts) last: a run is readable once all of it is stored. */
    async saveRun(run: MatchingRun): Promise<void> {
      const packed = packJson(run);
      const parts: Buffer[] = [];
      for (let at = 0; at < packed.length; at += PART_BYTES) parts.push(packed.subarray(at, at + PART_BYTES));
      await Promise.all(
        parts.map((data, n) =>
          documents.send(
            new PutCommand({
              TableName: table.name,
              Item: { ...table.key(runPartition(run.runId), partKey(n)), data },
            }),
          ),
        ),
      );
      await documents.send(
        new PutCommand({
          TableName: table.name,
          Item: { ...table.key(runPartition(run.runId), SK.run), status: run.status, parts: parts.length },
        }),
      );
    },

    async getRun(runId: string): Promise<MatchingRun | undefined> {
      const header = await get(runId, SK.run);
      if (!header) return undefined;
      const count = header.parts as number;
      const parts = await Promise.all(Array.from({ length: count }, (_, n) => get(runId, partKey(n))));
      const bytes = Buffer.concat(parts.map((part) => Buffer.from(part?.data as Uint8Array)));
      return unpackJson<MatchingRun>(bytes);
    },
  };
}

export type RunsStore = ReturnType<typeof createRunsStore>;
