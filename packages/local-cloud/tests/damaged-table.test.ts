import { cpSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { DynamoDBClient } from '@aws-sdk/client-dynamodb';
import { defineTables } from '@lantern/runtime';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type DynamoDbLocal, startDynamoDbLocal } from '../src/dynamodb/dynamodb-local.js';
import { sdkClientConfig } from '../src/dynamodb/sdk-config.js';
import { DamagedTableError, ensureTable } from '../src/dynamodb/tables.js';
import { freePort } from '../src/http/server.js';
import { buildDirOf, DEFAULT_DATA_DIR } from '../src/paths.js';

/**
 * A data folder kept from a `pnpm dev` stopped while DynamoDB Local was building a new index of
 * the notifications table (IndexStatus CREATING, Backfilling): DynamoDB Local then fails every
 * DescribeTable of it with InternalFailure, forever.
 */
const FIXTURE = new URL('./fixtures/damaged-dynamodb/', import.meta.url).pathname;

let dataDir: string;
let dynamo: DynamoDbLocal;
let client: DynamoDBClient;

beforeAll(async () => {
  dataDir = mkdtempSync(join(tmpdir(), 'lantern-damaged-'));
  cpSync(FIXTURE, join(dataDir, 'dynamodb'), { recursive: true });
  const buildDir = buildDirOf(DEFAULT_DATA_DIR);
  dynamo = await startDynamoDbLocal({ dataDir, buildDir, inMemory: false, port: await freePort() });
  client = new DynamoDBClient(sdkClientConfig(dynamo.url));
});

afterAll(async () => {
  client?.destroy();
  await dynamo?.stop();
  rmSync(dataDir, { recursive: true, force: true });
});

describe('a table DynamoDB Local was stopped in the middle of indexing', () => {
  it('is reported by name with what to do, not as an unknown failure', async () => {
    const notifications = {
      service: 'notifications',
      logicalName: 'main',
      physicalName: 'lantern-notifications-main',
      spec: defineTables({ main: { partitionKey: { name: 'pk', type: 'S' }, sortKey: { name: 'sk', type: 'S' } } })
        .main,
    };

    const starting = ensureTable(client, notifications);

    await expect(starting).rejects.toThrow(DamagedTableError);
    await expect(starting).rejects.toThrow(/lantern-notifications-main.*Delete the dynamodb folder/s);
  });
});
