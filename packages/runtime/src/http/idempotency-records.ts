import { type DynamoDBDocumentClient, GetCommand } from '@aws-sdk/lib-dynamodb';
import type { TableAccess } from '../data/tables.js';
import type { IdempotencyOptions } from './idempotency.js';

/** A route's Idempotency-Key answers kept in `table` (`httpHandler`'s `idempotency` option). */
export function idempotencyRecords(documents: DynamoDBDocumentClient, table: TableAccess): IdempotencyOptions {
  return {
    table,
    read: async (key) =>
      (await documents.send(new GetCommand({ TableName: table.name, Key: key, ConsistentRead: true }))).Item,
  };
}
