import {
  type AttributeDefinition,
  CreateTableCommand,
  DescribeTableCommand,
  DescribeTimeToLiveCommand,
  type DynamoDBClient,
  type GlobalSecondaryIndex,
  type KeySchemaElement,
  type TableDescription,
  UpdateTableCommand,
  UpdateTimeToLiveCommand,
} from '@aws-sdk/client-dynamodb';
import type { IndexSpec, KeySpec, ServiceManifest, TableSpec } from '@lantern/runtime';
import { LocalCloudError } from '../errors.js';
import { tableName } from '../names.js';

export interface ResolvedTable {
  service: string;
  logicalName: string;
  physicalName: string;
  spec: TableSpec;
}

export function resolveTables(manifests: readonly ServiceManifest[]): ResolvedTable[] {
  return manifests.flatMap((manifest) =>
    Object.entries(manifest.tables).map(([logicalName, spec]) => ({
      service: manifest.name,
      logicalName,
      physicalName: tableName(manifest.name, logicalName),
      spec,
    })),
  );
}

const keySchema = (partitionKey: KeySpec, sortKey?: KeySpec): KeySchemaElement[] => [
  { AttributeName: partitionKey.name, KeyType: 'HASH' },
  ...(sortKey ? [{ AttributeName: sortKey.name, KeyType: 'RANGE' as const }] : []),
];

function attributeDefinitions(spec: TableSpec): AttributeDefinition[] {
  const keys = [spec.partitionKey, spec.sortKey, ...(spec.indexes ?? []).flatMap((i) => [i.partitionKey, i.sortKey])];
  const byName = new Map<string, KeySpec>();
  for (const key of keys) if (key) byName.set(key.name, key);
  return [...byName.values()].map((key) => ({ AttributeName: key.name, AttributeType: key.type }));
}

const gsi = (index: IndexSpec): GlobalSecondaryIndex => ({
  IndexName: index.name,
  KeySchema: keySchema(index.partitionKey, index.sortKey),
  Projection: { ProjectionType: 'ALL' },
});

/**
 * Creates each table as the CDK app declares it (on-demand, GSIs projecting everything, streams
 * with NEW_IMAGE, TTL). On a warm start the tables exist: only what is missing is added.
 */
export async function ensureTable(client: DynamoDBClient, table: ResolvedTable): Promise<TableDescription> {
  const { spec, physicalName } = table;
  let description = await describe(client, physicalName);
  if (!description) {
    await client.send(
      new CreateTableCommand({
        TableName: physicalName,
        BillingMode: 'PAY_PER_REQUEST',
        AttributeDefinitions: attributeDefinitions(spec),
        KeySchema: keySchema(spec.partitionKey, spec.sortKey),
        GlobalSecondaryIndexes: spec.indexes?.length ? spec.indexes.map(gsi) : undefined,
        StreamSpecification: spec.stream ? { StreamEnabled: true, StreamViewType: spec.stream } : undefined,
      }),
    );
  } else {
    const existing = new Set((description.GlobalSecondaryIndexes ?? []).map((i) => i.IndexName));
    for (const index of spec.indexes ?? []) {
      if (existing.has(index.name)) continue;
      await client.send(
        new UpdateTableCommand({
          TableName: physicalName,
          AttributeDefinitions: attributeDefinitions(spec),
          GlobalSecondaryIndexUpdates: [{ Create: gsi(index) }],
        }),
      );
      // Stopped while an index is backfilling, DynamoDB Local cannot read the table again: wait.
      await indexesActive(client, physicalName);
    }
    if (spec.stream && !description.StreamSpecification?.StreamEnabled) {
      await client.send(
        new UpdateTableCommand({
          TableName: physicalName,
          StreamSpecification: { StreamEnabled: true, StreamViewType: spec.stream },
        }),
      );
    }
  }
  if (spec.ttlAttribute) await ensureTtl(client, physicalName, spec.ttlAttribute);
  description = await describe(client, physicalName);
  if (!description) throw new LocalCloudError(`Table ${physicalName} vanished after creation`);
  return description;
}

async function ensureTtl(client: DynamoDBClient, name: string, attribute: string): Promise<void> {
  const ttl = await client.send(new DescribeTimeToLiveCommand({ TableName: name }));
  const current = ttl.TimeToLiveDescription;
  if (current?.TimeToLiveStatus === 'ENABLED' && current.AttributeName === attribute) return;
  await client.send(
    new UpdateTimeToLiveCommand({
      TableName: name,
      TimeToLiveSpecification: { AttributeName: attribute, Enabled: true },
    }),
  );
}

async function describe(client: DynamoDBClient, name: string): Promise<TableDescription | undefined> {
  try {
    return (await client.send(new DescribeTableCommand({ TableName: name }))).Table;
  } catch (error) {
    const errorName = (error as { name?: string }).name;
    if (errorName === 'ResourceNotFoundException') return undefined;
    if (errorName === 'InternalFailure') throw new DamagedTableError(name);
    throw error;
  }
}

const INDEX_WAIT_MS = 60_000;

async function indexesActive(client: DynamoDBClient, name: string): Promise<void> {
  const deadline = Date.now() + INDEX_WAIT_MS;
  for (;;) {
    const indexes = (await describe(client, name))?.GlobalSecondaryIndexes ?? [];
    if (indexes.every((index) => index.IndexStatus === 'ACTIVE')) return;
    if (Date.now() > deadline) throw new LocalCloudError(`An index of ${name} was still being built after 60 s`);
    await new Promise((resolve) => setTimeout(resolve, 100));
  }
}

/** What DynamoDB Local answers for a table whose index it was building when it stopped. */
export class DamagedTableError extends LocalCloudError {
  constructor(table: string) {
    super(
      `DynamoDB Local cannot read table ${table}: it was stopped while building one of its indexes, ` +
        'and cannot recover it. Delete the dynamodb folder of the data folder (.lantern/dynamodb by ' +
        'default) and start again: the tables are created anew, empty.',
    );
  }
}
