import { QueryCommand } from '@aws-sdk/lib-dynamodb';
import type { MatchingTable } from '../tables.js';
import type { StoreDeps } from './items.js';

type IndexName = Parameters<MatchingTable['index']>[0];

/** Every item of one index partition, page after page (the roster, the waitlist, active matches). */
export async function queryAll(
  { documents, table }: Pick<StoreDeps, 'documents' | 'table'>,
  indexName: IndexName,
  partition: string,
): Promise<Record<string, unknown>[]> {
  const index = table.index(indexName);
  const items: Record<string, unknown>[] = [];
  let start: Record<string, unknown> | undefined;
  do {
    const result = await documents.send(
      new QueryCommand({
        TableName: table.name,
        IndexName: index.name,
        KeyConditionExpression: '#p = :p',
        ExpressionAttributeNames: { '#p': index.partitionKey },
        ExpressionAttributeValues: { ':p': partition },
        ExclusiveStartKey: start,
      }),
    );
    items.push(...(result.Items ?? []));
    start = result.LastEvaluatedKey;
  } while (start);
  return items;
}
