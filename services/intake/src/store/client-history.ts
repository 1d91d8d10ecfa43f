import { TransactionCanceledException } from '@aws-sdk/client-dynamodb';
import { type DynamoDBDocumentClient, QueryCommand } from '@aws-sdk/lib-dynamodb';
import { type ClientHistory, ClientHistoryEntry } from '@lantern/contracts';
import { type CursorCodec, type OutboxWriteOptions, writeWithOutbox } from '@lantern/runtime';
import type { IntakeTable } from '../tables.js';
import { clientPartition, PROFILE } from './client-items.js';

const HISTORY = 'HISTORY#';

export interface ClientHistoryDeps {
  documents: DynamoDBDocumentClient;
  table: IntakeTable;
  cursors: CursorCodec;
}

/** A client's follow-up history: items beside the record, newest first, written in the record's transactions. */
export function createClientHistory({ documents, table, cursors }: ClientHistoryDeps) {
  const keyNames = [table.partitionKey, table.sortKey as string];
  const history = {
    /** The Put of one entry, for a transaction that also changes or checks the record. */
    put(clientId: string, entry: ClientHistoryEntry) {
      return {
        Put: {
          TableName: table.name,
          Item: { ...table.key(clientPartition(clientId), `${HISTORY}${entry.at}#${entry.entryId}`), ...entry },
        },
      };
    },

    /** A check that the client exists, so an entry is never written for no one. */
    clientExists(clientId: string) {
      return {
        ConditionCheck: {
          TableName: table.name,
          Key: table.key(clientPartition(clientId), PROFILE),
          ConditionExpression: 'attribute_exists(#pk)',
          ExpressionAttributeNames: { '#pk': table.partitionKey },
        },
      };
    },

    /** Adds an entry that changes nothing on the record (a contact attempt). `false`: no such client. */
    async add(clientId: string, entry: ClientHistoryEntry, options: OutboxWriteOptions): Promise<boolean> {
      try {
        await writeWithOutbox(
          documents,
          table,
          [history.clientExists(clientId), history.put(clientId, entry)],
          [],
          options,
        );
        return true;
      } catch (error) {
        const reasons = error instanceof TransactionCanceledException ? (error.CancellationReasons ?? []) : [];
        // The check comes after the Idempotency-Key claim when there is one.
        const check = reasons.at(options.idempotency ? 1 : 0);
        if (check?.Code === 'ConditionalCheckFailed') return false;
        throw error;
      }
    },

    /** One page, newest first. `badCursor` when the cursor belongs to another listing. */
    async list(
      clientId: string,
      page: { cursor?: string | undefined; limit: number },
    ): Promise<ClientHistory | 'badCursor'> {
      const listing = `clients/${clientId}/history`;
      const start = page.cursor ? cursors.decode(listing, page.cursor) : undefined;
      if (start === null) return 'badCursor';
      const result = await documents.send(
        new QueryCommand({
          TableName: table.name,
          KeyConditionExpression: '#pk = :pk AND begins_with(#sk, :history)',
          ExpressionAttributeNames: { '#pk': table.partitionKey, '#sk': table.sortKey as string },
          ExpressionAttributeValues: { ':pk': clientPartition(clientId), ':history': HISTORY },
          ScanIndexForward: false,
          Limit: page.limit + 1,
          ExclusiveStartKey: start,
        }),
      );
      const items = (result.Items ?? []) as Record<string, unknown>[];
      const shown = items.slice(0, page.limit);
      const last = items.length > page.limit ? shown.at(-1) : undefined;
      const lastKey = last && Object.fromEntries(keyNames.map((name) => [name, last[name]]));
      return {
        // Parsing drops the key attributes and checks what was stored still reads as the contract says.
        items: shown.map((item) => ClientHistoryEntry.parse(item)),
        nextCursor: cursors.encode(listing, lastKey),
      };
    },
  };
  return history;
}

export type ClientHistoryStore = ReturnType<typeof createClientHistory>;
