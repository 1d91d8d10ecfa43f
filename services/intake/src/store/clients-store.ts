import { TransactionCanceledException } from '@aws-sdk/client-dynamodb';
import { type DynamoDBDocumentClient, GetCommand, PutCommand, QueryCommand } from '@aws-sdk/lib-dynamodb';
import type { ClientRecord, ClientSummary, ListClientsQuery, OutgoingEvent } from '@lantern/contracts';
import {
  type CursorCodec,
  type DocumentTransactItem,
  type OutboxWriteOptions,
  writeWithOutbox,
} from '@lantern/runtime';
import { newAuditId } from '../domain/ids.js';
import type { PeerLink } from '../domain/match-link.js';
import type { IntakeTable } from '../tables.js';
import {
  type ClientItem,
  clientPartition,
  PROFILE,
  peerLinkOf,
  QUEUE_PARTITION,
  statusPartition,
  toClientItem,
  toClientRecord,
  toClientSummary,
} from './client-items.js';

export interface AuditEntry {
  clientId: string;
  action: 'read' | 'read_denied' | 'update' | 'update_denied';
  actor: { subject: string; username: string; roles: readonly string[] } | null;
  sourceIp?: string | undefined;
  userAgent?: string | undefined;
  changedFields?: string[];
  reason?: string;
}

export interface StoredClient {
  record: ClientRecord;
  /** Set once a match is confirmed: the one peer who may read this client. */
  link: PeerLink | undefined;
}

export interface ClientsStoreDeps {
  documents: DynamoDBDocumentClient;
  table: IntakeTable;
  cursors: CursorCodec;
}

/** The intake table's data access. Every operation is one request or one transaction; never a Scan. */
export function createClientsStore({ documents, table, cursors }: ClientsStoreDeps) {
  const keyNames = [table.partitionKey, table.sortKey];
  const profileKey = (clientId: string) => table.key(clientPartition(clientId), PROFILE);
  const itemOf = (record: ClientRecord, link?: PeerLink) => toClientItem(record, profileKey(record.clientId), link);

  return {
    /** Stores a new client and its IntakeSubmitted event (and the Idempotency-Key answer) in one transaction. */
    async saveIntake(record: ClientRecord, event: OutgoingEvent, options: OutboxWriteOptions): Promise<void> {
      const put = {
        Put: {
          TableName: table.name,
          Item: itemOf(record),
          ConditionExpression: 'attribute_not_exists(#pk)',
          ExpressionAttributeNames: { '#pk': table.partitionKey },
        },
      };
      await writeWithOutbox(documents, table, [put], [event], options);
    },

    async getClient(clientId: string): Promise<StoredClient | undefined> {
      const result = await documents.send(
        new GetCommand({ TableName: table.name, Key: profileKey(clientId), ConsistentRead: true }),
      );
      const item = result.Item as ClientItem | undefined;
      return (
        item && {
          record: toClientRecord(item as ClientItem & Record<string, unknown>, keyNames as string[]),
          link: peerLinkOf(item),
        }
      );
    },

    /**
     * Replaces the record if nobody changed it since `expectedVersion` was read (optimistic lock),
     * with its event, in one transaction. `false` when someone else changed it meanwhile.
     */
    async saveClientChange(
      stored: StoredClient,
      next: ClientRecord,
      /** The change's event; none when only the matched peer moved without a status change. */
      event: OutgoingEvent | undefined,
      now: Date,
      /** Written in the same transaction: the change's history entry. */
      also: readonly DocumentTransactItem[] = [],
      /** The matched peer after the change (matching's events move it; nothing else does). */
      link: PeerLink | undefined = stored.link,
    ): Promise<boolean> {
      const put = {
        Put: {
          TableName: table.name,
          Item: itemOf(next, link),
          ConditionExpression: 'version = :v',
          ExpressionAttributeValues: { ':v': stored.record.version },
        },
      };
      try {
        await writeWithOutbox(documents, table, [put, ...also], event ? [event] : [], { now });
        return true;
      } catch (error) {
        if (error instanceof TransactionCanceledException) return false;
        throw error;
      }
    },

    /** Who read, was refused or changed which client record, when and from where (DESIGN §4, §5). */
    async recordAudit(entry: AuditEntry, now: Date = new Date()): Promise<void> {
      const at = now.toISOString();
      await documents.send(
        new PutCommand({
          TableName: table.name,
          Item: { ...table.key(clientPartition(entry.clientId), `AUDIT#${at}#${newAuditId()}`), at, ...entry },
        }),
      );
    },

    /**
     * The coordinator's queue: one Query on an index, urgent first then oldest first. A page asks
     * for one item more than it shows, so the last page has no cursor. `badCursor` when the cursor
     * is not this listing's.
     */
    async listClients(
      query: ListClientsQuery,
    ): Promise<{ items: ClientSummary[]; nextCursor: string | null } | 'badCursor'> {
      const byStatus = query.status !== undefined;
      const index = table.index(byStatus ? 'byStatus' : 'byQueue');
      const partition = byStatus ? statusPartition(query.status as string) : QUEUE_PARTITION;
      const urgentPrefix = query.urgent === undefined ? undefined : query.urgent ? '0#' : '1#';
      const listing = `clients?status=${query.status ?? ''}&urgent=${query.urgent ?? ''}`;
      const start = query.cursor ? cursors.decode(listing, query.cursor) : undefined;
      if (start === null) return 'badCursor';
      const result = await documents.send(
        new QueryCommand({
          TableName: table.name,
          IndexName: index.name,
          KeyConditionExpression: urgentPrefix ? '#p = :p AND begins_with(#s, :u)' : '#p = :p',
          ExpressionAttributeNames: {
            '#p': index.partitionKey,
            ...(urgentPrefix ? { '#s': index.sortKey as string } : {}),
          },
          ExpressionAttributeValues: { ':p': partition, ...(urgentPrefix ? { ':u': urgentPrefix } : {}) },
          Limit: query.limit + 1,
          ExclusiveStartKey: start,
        }),
      );
      const items = (result.Items ?? []) as (ClientItem & Record<string, unknown>)[];
      const page = items.slice(0, query.limit);
      const last = items.length > query.limit ? page.at(-1) : undefined;
      const lastKey =
        last &&
        Object.fromEntries(
          [...keyNames, index.partitionKey, index.sortKey].map((name) => [name, last[name as string]]),
        );
      return { items: page.map(toClientSummary), nextCursor: cursors.encode(listing, lastKey) };
    },
  };
}

export type ClientsStore = ReturnType<typeof createClientsStore>;
