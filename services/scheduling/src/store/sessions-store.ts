import { TransactionCanceledException } from '@aws-sdk/client-dynamodb';
import { BatchGetCommand, type DynamoDBDocumentClient, GetCommand, QueryCommand } from '@aws-sdk/lib-dynamodb';
import type { OutgoingEvent, Session } from '@lantern/contracts';
import {
  type CursorCodec,
  type DocumentTransactItem,
  IdempotencyKeyTakenError,
  type OutboxWriteOptions,
  writeWithOutbox,
} from '@lantern/runtime';
import type { Claim, ClaimWrite } from '../domain/index.js';
import type { SchedulingTable } from '../tables.js';
import {
  CLAIM,
  claimOf,
  claimPartition,
  clientIndexPartition,
  peerIndexPartition,
  SESSION,
  seriesIndexPartition,
  sessionIndexKeys,
  sessionOf,
  sessionPartition,
} from './items.js';

export interface SessionsStoreDeps {
  documents: DynamoDBDocumentClient;
  table: SchedulingTable;
  cursors: CursorCodec;
}

/** One all-or-nothing change: new sessions, changed sessions (each at the version it was read), claims, events. */
export interface SessionsCommit {
  created: readonly Session[];
  changed: readonly Session[];
  claims: readonly ClaimWrite[];
  events: readonly OutgoingEvent[];
}

export type CommitOutcome = 'committed' | 'contended';

const BATCH_GET_LIMIT = 100;
const BUSY_CODES = new Set(['ConditionalCheckFailed', 'TransactionConflict']);

/** Sessions, their series and the time claims (ADR 0033). Every operation is one request or one transaction. */
export function createSessionsStore({ documents, table, cursors }: SessionsStoreDeps) {
  const sessionKey = (sessionId: string) => table.key(sessionPartition(sessionId), SESSION);
  const claimKey = (personId: string, bucket: number) => table.key(claimPartition(personId, bucket), CLAIM);
  const names = { '#pk': table.partitionKey };

  const sessionPut = (session: Session, condition: 'new' | 'unchanged'): DocumentTransactItem => ({
    Put: {
      TableName: table.name,
      Item: { ...sessionKey(session.sessionId), ...session, ...sessionIndexKeys(session) },
      ...(condition === 'new'
        ? { ConditionExpression: 'attribute_not_exists(#pk)', ExpressionAttributeNames: names }
        : {
            ConditionExpression: '#version = :read',
            ExpressionAttributeNames: { '#version': 'version' },
            ExpressionAttributeValues: { ':read': session.version - 1 },
          }),
    },
  });

  const claimPut = (write: ClaimWrite): DocumentTransactItem => ({
    Put: {
      TableName: table.name,
      Item: {
        ...claimKey(write.personId, write.bucket),
        personId: write.personId,
        bucket: write.bucket,
        version: write.expectedVersion + 1,
        entries: write.entries,
      },
      ...(write.expectedVersion === 0
        ? { ConditionExpression: 'attribute_not_exists(#pk)', ExpressionAttributeNames: names }
        : {
            ConditionExpression: '#version = :read',
            ExpressionAttributeNames: { '#version': 'version' },
            ExpressionAttributeValues: { ':read': write.expectedVersion },
          }),
    },
  });

  async function query(indexName: 'byPeer' | 'byClient' | 'bySeries', partition: string, range: Range) {
    const index = table.index(indexName);
    const listing = `${indexName}:${partition}:${range.from ?? ''}:${range.to ?? ''}`;
    const start = range.cursor ? cursors.decode(listing, range.cursor) : undefined;
    const { Items, LastEvaluatedKey } = await documents.send(
      new QueryCommand({
        TableName: table.name,
        IndexName: index.name,
        KeyConditionExpression: '#part = :part AND #sort BETWEEN :from AND :to',
        ExpressionAttributeNames: { '#part': index.partitionKey, '#sort': index.sortKey as string },
        ExpressionAttributeValues: { ':part': partition, ':from': range.from ?? '0', ':to': `${range.to ?? '9'}` },
        ...(range.limit ? { Limit: range.limit } : {}),
        ...(start ? { ExclusiveStartKey: start } : {}),
      }),
    );
    return {
      items: (Items ?? []).map(sessionOf),
      nextCursor: range.limit ? cursors.encode(listing, LastEvaluatedKey) : null,
    };
  }

  return {
    async getSession(sessionId: string): Promise<Session | undefined> {
      const { Item } = await documents.send(
        new GetCommand({ TableName: table.name, Key: sessionKey(sessionId), ConsistentRead: true }),
      );
      return Item && sessionOf(Item);
    },

    /** Every session of a series, in time order. */
    async seriesSessions(seriesId: string): Promise<Session[]> {
      const sessions: Session[] = [];
      let cursor: string | undefined;
      do {
        const page = await query('bySeries', seriesIndexPartition(seriesId), { limit: 100, cursor });
        sessions.push(...page.items);
        cursor = page.nextCursor ?? undefined;
      } while (cursor);
      return sessions;
    },

    /** A page of one person's sessions starting in `[from, to)`, in time order. */
    listSessions(person: { peerId: string } | { clientId: string }, range: Range) {
      return 'peerId' in person
        ? query('byPeer', peerIndexPartition(person.peerId), range)
        : query('byClient', clientIndexPartition(person.clientId), range);
    },

    /** The claim items named by `claimsNeeded` keys (`<person>#<bucket>`), read consistently; absent ones omitted. */
    async readClaims(keys: readonly string[]): Promise<Claim[]> {
      const claims: Claim[] = [];
      for (let offset = 0; offset < keys.length; offset += BATCH_GET_LIMIT) {
        let pending: Record<string, unknown>[] | undefined = keys.slice(offset, offset + BATCH_GET_LIMIT).map((key) => {
          const split = key.lastIndexOf('#');
          return claimKey(key.slice(0, split), Number(key.slice(split + 1)));
        });
        while (pending && pending.length > 0) {
          const result = await documents.send(
            new BatchGetCommand({ RequestItems: { [table.name]: { Keys: pending, ConsistentRead: true } } }),
          );
          claims.push(...(result.Responses?.[table.name] ?? []).map(claimOf));
          pending = result.UnprocessedKeys?.[table.name]?.Keys as Record<string, unknown>[] | undefined;
        }
      }
      return claims;
    },

    /**
     * Writes the sessions, the claims and the events in one transaction. `contended` when a claim
     * or a session moved since it was read (nothing written): read again and re-plan.
     */
    async commit(change: SessionsCommit, options: OutboxWriteOptions): Promise<CommitOutcome> {
      const items = [
        ...change.created.map((session) => sessionPut(session, 'new')),
        ...change.changed.map((session) => sessionPut(session, 'unchanged')),
        ...change.claims.map(claimPut),
      ];
      try {
        await writeWithOutbox(documents, table, items, change.events, options);
        return 'committed';
      } catch (error) {
        if (error instanceof IdempotencyKeyTakenError) throw error;
        const busy =
          error instanceof TransactionCanceledException &&
          (error.CancellationReasons ?? []).some((reason) => BUSY_CODES.has(reason.Code ?? ''));
        if (busy) return 'contended';
        throw error;
      }
    },
  };
}

interface Range {
  from?: string | undefined;
  to?: string | undefined;
  limit?: number;
  cursor?: string | undefined;
}

export type SessionsStore = ReturnType<typeof createSessionsStore>;
