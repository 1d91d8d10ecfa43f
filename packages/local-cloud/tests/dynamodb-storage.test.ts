import { spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, mkdtempSync, readdirSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { DatabaseSync } from 'node:sqlite';
import { CreateTableCommand, DynamoDBClient, PutItemCommand } from '@aws-sdk/client-dynamodb';
import {
  DescribeStreamCommand,
  DynamoDBStreamsClient,
  GetRecordsCommand,
  GetShardIteratorCommand,
} from '@aws-sdk/client-dynamodb-streams';
import { afterAll, describe, expect, it } from 'vitest';
import { startDynamoDbLocal } from '../src/dynamodb/dynamodb-local.js';
import { sdkClientConfig } from '../src/dynamodb/sdk-config.js';
import { SHARED_DB_FILE } from '../src/dynamodb/stream-records-index.js';
import { freePort } from '../src/http/server.js';
import { buildDirOf, DEFAULT_DATA_DIR } from '../src/paths.js';
import { quietPauseMs } from '../src/streams/poller.js';

const buildDir = buildDirOf(DEFAULT_DATA_DIR);
const dataDir = mkdtempSync(join(tmpdir(), 'lantern-storage-'));
afterAll(() => rmSync(dataDir, { recursive: true, force: true }));

const createStreamedTable = (client: DynamoDBClient, name: string) =>
  client.send(
    new CreateTableCommand({
      TableName: name,
      BillingMode: 'PAY_PER_REQUEST',
      AttributeDefinitions: [{ AttributeName: 'pk', AttributeType: 'S' }],
      KeySchema: [{ AttributeName: 'pk', KeyType: 'HASH' }],
      StreamSpecification: { StreamEnabled: true, StreamViewType: 'NEW_IMAGE' },
    }),
  );

async function keysInStream(streams: DynamoDBStreamsClient, streamArn: string): Promise<string[]> {
  const shards = (await streams.send(new DescribeStreamCommand({ StreamArn: streamArn }))).StreamDescription?.Shards;
  const keys: string[] = [];
  for (const shard of shards ?? []) {
    let iterator = (
      await streams.send(
        new GetShardIteratorCommand({
          StreamArn: streamArn,
          ShardId: shard.ShardId,
          ShardIteratorType: 'TRIM_HORIZON',
        }),
      )
    ).ShardIterator;
    while (iterator) {
      const page = await streams.send(new GetRecordsCommand({ ShardIterator: iterator }));
      keys.push(...(page.Records ?? []).map((record) => record.dynamodb?.Keys?.pk?.S ?? ''));
      iterator = page.Records?.length ? page.NextShardIterator : undefined;
    }
  }
  return keys;
}

describe('DynamoDB Local storage', () => {
  it('indexes stream records by shard, and each stream still reads its own records once, in order', async () => {
    // Prepare: two streamed tables written in turn, so their records interleave in DynamoDB Local's one table.
    const db = await startDynamoDbLocal({ dataDir, buildDir, inMemory: false, port: await freePort() });
    const client = new DynamoDBClient(sdkClientConfig(db.url));
    const streams = new DynamoDBStreamsClient(sdkClientConfig(db.url));
    try {
      const arns: Record<string, string> = {};
      for (const name of ['storage-a', 'storage-b']) {
        arns[name] = (await createStreamedTable(client, name)).TableDescription?.LatestStreamArn as string;
      }
      for (let n = 0; n < 30; n++) {
        const table = n % 3 === 0 ? 'storage-a' : 'storage-b';
        await client.send(new PutItemCommand({ TableName: table, Item: { pk: { S: `${table}-${n}` } } }));
      }

      // Act
      const [a, b] = await Promise.all([
        keysInStream(streams, arns['storage-a'] as string),
        keysInStream(streams, arns['storage-b'] as string),
      ]);
      const sqlite = new DatabaseSync(join(dataDir, 'dynamodb', SHARED_DB_FILE), { readOnly: true });
      const indexes = sqlite
        .prepare("SELECT name, tbl_name AS tableName FROM sqlite_master WHERE type = 'index'")
        .all();
      sqlite.close();

      // Assess
      const written = Array.from({ length: 30 }, (_, n) => n);
      expect(a).toEqual(written.filter((n) => n % 3 === 0).map((n) => `storage-a-${n}`));
      expect(b).toEqual(written.filter((n) => n % 3 !== 0).map((n) => `storage-b-${n}`));
      expect(indexes).toContainEqual({ name: 'lantern_stream_records_by_shard', tableName: 'us' });
    } finally {
      client.destroy();
      streams.destroy();
      await db.stop();
    }
  }, 60_000);

  it('keeps an in-memory cloud in a throwaway folder, gone at stop; folders of killed processes go at the next start', async () => {
    // Prepare: folders as a process killed outright would leave them, in both places one may be made.
    const exited = spawnSync(process.execPath, ['-e', '0']).pid;
    const bases = ['/dev/shm', tmpdir()].filter((base) => existsSync(base));
    const abandoned = bases.map((base) => join(base, `lantern-dynamodb-${exited}-abandoned`));
    for (const folder of abandoned) mkdirSync(folder, { recursive: true });
    const ours = () =>
      bases.flatMap((base) => readdirSync(base).filter((name) => name.startsWith(`lantern-dynamodb-${process.pid}-`)));
    const before = ours();

    // Act
    const db = await startDynamoDbLocal({ dataDir: '', buildDir, inMemory: true, port: await freePort() });
    const whileRunning = ours().filter((name) => !before.includes(name));
    await db.stop();

    // Assess
    expect(whileRunning).toHaveLength(1);
    expect(ours().filter((name) => !before.includes(name))).toEqual([]);
    expect(abandoned.filter((folder) => existsSync(folder))).toEqual([]);
  }, 60_000);
});

describe('stream polling while quiet', () => {
  it('doubles the pause after each empty poll, up to four polls a second, never below the first pause', () => {
    expect([1, 2, 3, 4, 5, 9].map((quiet) => quietPauseMs(50, quiet))).toEqual([50, 100, 200, 250, 250, 250]);
    expect(quietPauseMs(20, 1)).toBe(20);
    expect(quietPauseMs(400, 3)).toBe(400);
  });
});
