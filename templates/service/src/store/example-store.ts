import { type DynamoDBDocumentClient, GetCommand } from '@aws-sdk/lib-dynamodb';
import { type OutboxWriteOptions, writeWithOutbox } from '@lantern/runtime';
import type { Example } from '../contract.js';
import type { ExampleTable } from '../tables.js';

const RECORD = 'RECORD';
const partition = (exampleId: string) => `EXAMPLE#${exampleId}`;

export interface ExampleStoreDeps {
  documents: DynamoDBDocumentClient;
  table: ExampleTable;
}

/** The example table's data access: one request or one transaction per operation, never a Scan. */
export function createExampleStore({ documents, table }: ExampleStoreDeps) {
  const keyNames = [table.partitionKey, table.sortKey as string];
  return {
    /** Stores a new example (and the Idempotency-Key answer) in one transaction; add its events here. */
    async save(item: Example, options: OutboxWriteOptions): Promise<void> {
      const put = {
        Put: {
          TableName: table.name,
          Item: { ...table.key(partition(item.exampleId), RECORD), ...item },
          ConditionExpression: 'attribute_not_exists(#pk)',
          ExpressionAttributeNames: { '#pk': table.partitionKey },
        },
      };
      await writeWithOutbox(documents, table, [put], [], options);
    },

    async get(exampleId: string): Promise<Example | undefined> {
      const result = await documents.send(
        new GetCommand({ TableName: table.name, Key: table.key(partition(exampleId), RECORD), ConsistentRead: true }),
      );
      if (!result.Item) return undefined;
      const item: Record<string, unknown> = { ...result.Item };
      for (const name of keyNames) delete item[name];
      return item as Example;
    },
  };
}

export type ExampleStore = ReturnType<typeof createExampleStore>;
