import { TransactionCanceledException } from '@aws-sdk/client-dynamodb';
import { type DynamoDBDocumentClient, GetCommand, QueryCommand } from '@aws-sdk/lib-dynamodb';
import type { OutgoingEvent } from '@lantern/contracts';
import {
  type CursorCodec,
  type DocumentTransactItem,
  type OutboxWriteOptions,
  writeWithOutbox,
} from '@lantern/runtime';
import type { SupportTable } from '../tables.js';

/**
 * The client's records, each under the client's partition with a prefix of its own. A restricted
 * note has its own prefix, so no listing of notes can ever return one.
 */
export const RECORD_PREFIXES = {
  goal: 'GOAL#',
  plan: 'PLAN#',
  note: 'NOTE#',
  restrictedNote: 'RNOTE#',
  contact: 'CONTACT#',
  concern: 'CONCERN#',
} as const;
export type RecordKind = keyof typeof RECORD_PREFIXES;

const clientPartition = (clientId: string) => `CLIENT#${clientId}`;
const REF = 'REF';

export interface RecordsStoreDeps {
  documents: DynamoDBDocumentClient;
  table: SupportTable;
  cursors: CursorCodec;
}

export interface RecordWrite extends OutboxWriteOptions {
  /** Written in the same transaction: the audit entry of the change. */
  alongside?: readonly DocumentTransactItem[];
  events?: readonly OutgoingEvent[];
}

export interface Page<T> {
  items: T[];
  nextCursor: string | null;
}

/** One request or one transaction per operation; never a Scan. */
export function createRecordsStore({ documents, table, cursors }: RecordsStoreDeps) {
  const keyOf = (kind: RecordKind, clientId: string, id: string) =>
    table.key(clientPartition(clientId), `${RECORD_PREFIXES[kind]}${id}`);
  const keyNames = [table.partitionKey, table.sortKey as string];
  const strip = <T>(item: Record<string, unknown>): T => {
    const record = { ...item };
    for (const name of keyNames) delete record[name];
    return record as T;
  };

  return {
    /** Which client (and kind) a record id belongs to: for routes that name a record, not a client. */
    async owner(recordId: string): Promise<{ clientId: string; kind: RecordKind } | undefined> {
      const result = await documents.send(
        new GetCommand({ TableName: table.name, Key: table.key(recordId, REF), ConsistentRead: true }),
      );
      return result.Item ? { clientId: result.Item.clientId, kind: result.Item.kind } : undefined;
    },

    async get<T>(kind: RecordKind, clientId: string, id: string): Promise<T | undefined> {
      const result = await documents.send(
        new GetCommand({ TableName: table.name, Key: keyOf(kind, clientId, id), ConsistentRead: true }),
      );
      return result.Item ? strip<T>(result.Item) : undefined;
    },

    /** A new record, its owner reference, its audit entry and events, in one transaction. */
    async create(kind: RecordKind, clientId: string, id: string, record: object, write: RecordWrite = {}) {
      const isNew = {
        ConditionExpression: 'attribute_not_exists(#pk)',
        ExpressionAttributeNames: { '#pk': table.partitionKey },
      };
      const puts: DocumentTransactItem[] = [
        { Put: { TableName: table.name, Item: { ...keyOf(kind, clientId, id), ...record }, ...isNew } },
        { Put: { TableName: table.name, Item: { ...table.key(id, REF), clientId, kind }, ...isNew } },
      ];
      await writeWithOutbox(documents, table, [...puts, ...(write.alongside ?? [])], write.events ?? [], write);
    },

    /** Replaces the record if it is still at `expectedVersion`; `false` when someone changed it meanwhile. */
    async replace(
      kind: RecordKind,
      clientId: string,
      id: string,
      record: { version: number },
      expectedVersion: number,
      write: RecordWrite = {},
    ): Promise<boolean> {
      const put: DocumentTransactItem = {
        Put: {
          TableName: table.name,
          Item: { ...keyOf(kind, clientId, id), ...record },
          ConditionExpression: '#v = :v',
          ExpressionAttributeNames: { '#v': 'version' },
          ExpressionAttributeValues: { ':v': expectedVersion },
        },
      };
      try {
        await writeWithOutbox(documents, table, [put, ...(write.alongside ?? [])], write.events ?? [], write);
        return true;
      } catch (error) {
        if (error instanceof TransactionCanceledException) return false;
        throw error;
      }
    },

    /** Newest first (ids are ULIDs); `badCursor` when the cursor is not this listing's. */
    async list<T>(
      kind: RecordKind,
      clientId: string,
      page: { cursor?: string | undefined; limit: number },
      filter?: { attribute: string; equals: string },
    ): Promise<Page<T> | 'badCursor'> {
      const listing = `${kind}?client=${clientId}&${filter ? `${filter.attribute}=${filter.equals}` : ''}`;
      const start = page.cursor ? cursors.decode(listing, page.cursor) : undefined;
      if (start === null) return 'badCursor';
      const result = await documents.send(
        new QueryCommand({
          TableName: table.name,
          KeyConditionExpression: '#pk = :pk AND begins_with(#sk, :prefix)',
          ...(filter ? { FilterExpression: '#f = :f' } : {}),
          ExpressionAttributeNames: {
            '#pk': table.partitionKey,
            '#sk': table.sortKey as string,
            ...(filter ? { '#f': filter.attribute } : {}),
          },
          ExpressionAttributeValues: {
            ':pk': clientPartition(clientId),
            ':prefix': RECORD_PREFIXES[kind],
            ...(filter ? { ':f': filter.equals } : {}),
          },
          ScanIndexForward: false,
          ConsistentRead: true,
          Limit: page.limit,
          ExclusiveStartKey: start,
        }),
      );
      return {
        items: (result.Items ?? []).map((item) => strip<T>(item)),
        nextCursor: cursors.encode(listing, result.LastEvaluatedKey),
      };
    },

    /** The ids of a client's records of one kind (keys only: for counting restricted notes). */
    async ids(kind: RecordKind, clientId: string): Promise<string[]> {
      const ids: string[] = [];
      let start: Record<string, unknown> | undefined;
      do {
        const result = await documents.send(
          new QueryCommand({
            TableName: table.name,
            KeyConditionExpression: '#pk = :pk AND begins_with(#sk, :prefix)',
            ProjectionExpression: '#sk',
            ExpressionAttributeNames: { '#pk': table.partitionKey, '#sk': table.sortKey as string },
            ExpressionAttributeValues: { ':pk': clientPartition(clientId), ':prefix': RECORD_PREFIXES[kind] },
            ScanIndexForward: false,
            ConsistentRead: true,
            ExclusiveStartKey: start,
          }),
        );
        for (const item of result.Items ?? [])
          ids.push(String(item[table.sortKey as string]).slice(RECORD_PREFIXES[kind].length));
        start = result.LastEvaluatedKey;
      } while (start);
      return ids;
    },
  };
}

export type RecordsStore = ReturnType<typeof createRecordsStore>;
