import { randomUUID } from 'node:crypto';
import { DynamoDBClient } from '@aws-sdk/client-dynamodb';
import { type AnyTables, tableEnvVar } from '@lantern/runtime';
import { startDynamoDbLocal } from '../dynamodb/dynamodb-local.js';
import { assertJava } from '../dynamodb/java.js';
import { LOCAL_CREDENTIALS, sdkClientConfig } from '../dynamodb/sdk-config.js';
import { ensureTable } from '../dynamodb/tables.js';
import { freePort } from '../http/server.js';
import { REGION } from '../names.js';
import { buildDirOf, DEFAULT_DATA_DIR } from '../paths.js';

export interface TestTables {
  client: DynamoDBClient;
  /** Physical names, one fresh table per logical name. */
  names: Record<string, string>;
  /** What a handler needs to reach them, as Lambda would give it: endpoint, region, keys, table variables. */
  environment: Record<string, string>;
  stop(): Promise<void>;
}

/**
 * DynamoDB Local in memory with a service's tables created from their spec (the same code the
 * local cloud uses), for a store's own tests: `const db = await startTestTables(intakeTables)`.
 */
export async function startTestTables(tables: AnyTables): Promise<TestTables> {
  assertJava();
  // The launcher is compiled once into the cloud's build cache, shared with `pnpm dev`.
  const buildDir = buildDirOf(DEFAULT_DATA_DIR);
  const dynamo = await startDynamoDbLocal({ dataDir: '', buildDir, inMemory: true, port: await freePort() });
  const client = new DynamoDBClient(sdkClientConfig(dynamo.url));
  const names: Record<string, string> = {};
  for (const [logicalName, spec] of Object.entries(tables)) {
    const physicalName = `test-${logicalName}-${randomUUID().slice(0, 8)}`;
    await ensureTable(client, { service: 'test', logicalName, physicalName, spec });
    names[logicalName] = physicalName;
  }
  return {
    client,
    names,
    environment: {
      AWS_ENDPOINT_URL_DYNAMODB: dynamo.url,
      AWS_REGION: REGION,
      AWS_ACCESS_KEY_ID: LOCAL_CREDENTIALS.accessKeyId,
      AWS_SECRET_ACCESS_KEY: LOCAL_CREDENTIALS.secretAccessKey,
      ...Object.fromEntries(Object.entries(names).map(([logical, physical]) => [tableEnvVar(logical), physical])),
    },
    async stop() {
      client.destroy();
      await dynamo.stop();
    },
  };
}
