import { type DynamoDBDocumentClient, PutCommand, QueryCommand } from '@aws-sdk/lib-dynamodb';
import type { AuditEntry, AuditPage } from '@lantern/contracts';
import type { CursorCodec, DocumentTransactItem } from '@lantern/runtime';
import { newAuditId } from '../domain/ids.js';
import type { SupportTable } from '../tables.js';

/** Audit entries are kept for six years (a common retention for health-adjacent records). */
const RETENTION_SECONDS = 6 * 365 * 24 * 3600;

export interface AuditStoreDeps {
  documents: DynamoDBDocumentClient;
  table: SupportTable;
  cursors: CursorCodec;
}

/** Who read, changed or was refused what, when and from where (DESIGN §5); listed per client and per actor. */
export function createAuditStore({ documents, table, cursors }: AuditStoreDeps) {
  const itemOf = (entry: AuditEntry) => {
    const id = newAuditId();
    const sortable = `${entry.at}#${id}`;
    return {
      ...table.key(`AUDIT#${id}`, 'ENTRY'),
      ...entry,
      auditAt: sortable,
      auditActor: entry.actor.username.toLowerCase(),
      ...(entry.target.clientId ? { auditClient: entry.target.clientId } : {}),
      [table.ttlAttribute]: Math.floor(Date.parse(entry.at) / 1000) + RETENTION_SECONDS,
    };
  };
  const internal = [table.partitionKey, table.sortKey, 'auditAt', 'auditActor', 'auditClient', table.ttlAttribute];

  return {
    /** The entry as one item of a change's transaction, so a change and its audit entry land together. */
    transactItem(entry: AuditEntry): DocumentTransactItem {
      return { Put: { TableName: table.name, Item: itemOf(entry) } };
    },

    async record(entry: AuditEntry): Promise<void> {
      await documents.send(new PutCommand({ TableName: table.name, Item: itemOf(entry) }));
    },

    /** Newest first; `badCursor` when the cursor is not this listing's. */
    async list(
      by: { clientId: string } | { actor: string },
      page: { cursor?: string | undefined; limit: number },
    ): Promise<AuditPage | 'badCursor'> {
      const byClient = 'clientId' in by;
      const index = table.index(byClient ? 'auditByClient' : 'auditByActor');
      const partition = byClient ? by.clientId : by.actor.toLowerCase();
      const listing = `audit?${byClient ? 'client' : 'actor'}=${partition}`;
      const start = page.cursor ? cursors.decode(listing, page.cursor) : undefined;
      if (start === null) return 'badCursor';
      const result = await documents.send(
        new QueryCommand({
          TableName: table.name,
          IndexName: index.name,
          KeyConditionExpression: '#p = :p',
          ExpressionAttributeNames: { '#p': index.partitionKey },
          ExpressionAttributeValues: { ':p': partition },
          ScanIndexForward: false,
          Limit: page.limit + 1,
          ExclusiveStartKey: start,
        }),
      );
      const items = (result.Items ?? []) as Record<string, unknown>[];
      const shown = items.slice(0, page.limit);
      const last = items.length > page.limit ? shown.at(-1) : undefined;
      const lastKey =
        last &&
        Object.fromEntries(
          [table.partitionKey, table.sortKey as string, index.partitionKey, index.sortKey as string].map((name) => [
            name,
            last[name],
          ]),
        );
      const strip = (item: Record<string, unknown>) => {
        const entry = { ...item };
        for (const name of internal) delete entry[name as string];
        return entry as AuditEntry;
      };
      return { items: shown.map(strip), nextCursor: cursors.encode(listing, lastKey) };
    },
  };
}

export type AuditStore = ReturnType<typeof createAuditStore>;
