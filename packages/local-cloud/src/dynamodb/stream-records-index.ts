import { existsSync } from 'node:fs';
import { DatabaseSync } from 'node:sqlite';

/** The SQLite file DynamoDB Local keeps in its `-dbPath` folder with `-sharedDb`. */
export const SHARED_DB_FILE = 'shared-local-instance.db';

/**
 * DynamoDB Local keeps every stream's records in one SQLite table (`us`) keyed by a global sequence
 * number, with no index on the shard. Each GetRecords asks for its shard's newest record, which
 * SQLite then finds by walking back over every other table's newer records: a quiet table's empty
 * poll took ~100 ms once 20,000 records were written after its own, and DynamoDB Local runs every
 * SQLite statement on one thread, so the pollers kept it busy and every request waited behind
 * them. With this index the same poll takes ~6 ms. SQLite re-prepares DynamoDB Local's statements
 * when the schema changes, so it can be added while DynamoDB Local runs; it changes no answer.
 * (An index on (ShardID, SequenceNumber) is slower: DynamoDB Local's SQLite 3.8 then scans the shard.)
 */
export function indexStreamRecords(dbFile: string): void {
  if (!existsSync(dbFile)) return;
  const db = new DatabaseSync(dbFile, { timeout: 10_000 });
  try {
    const hasRecords = db.prepare("SELECT 1 FROM sqlite_master WHERE type = 'table' AND name = 'us'").get();
    if (hasRecords) db.exec('CREATE INDEX IF NOT EXISTS lantern_stream_records_by_shard ON us (ShardID)');
  } finally {
    db.close();
  }
}
