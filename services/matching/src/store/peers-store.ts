import { GetCommand, QueryCommand } from '@aws-sdk/lib-dynamodb';
import type { ListPeersQuery, OutgoingEvent, Peer } from '@lantern/contracts';
import { type DocumentTransactItem, failedConditions, writeWithOutbox } from '@lantern/runtime';
import type { MatchingTable } from '../tables.js';
import {
  emailPartition,
  LIST,
  lastKeyOf,
  peerPartition,
  ROSTER_PARTITION,
  SK,
  type StoreDeps,
  stampShardOf,
  withoutBookkeeping,
} from './items.js';
import { withRaceRetries } from './transact.js';

export type PeerWrite = 'saved' | 'stale' | 'emailTaken';

interface WriteAt {
  claimAt: number;
  recordAt: number;
}

/**
 * Bumps the roster stamp: every stored suggestion computed before this change is stale. The stamp
 * is the sum of 16 counters, one per group of peers, so confirmations for different peers (a
 * batch applied in parallel) rarely touch the same item; each counter only grows, so the sum
 * changes with every change. Each counter also says when it last moved (roster-store.ts).
 */
export function rosterStampBump(table: MatchingTable, peerId: string, now: Date): DocumentTransactItem {
  return {
    Update: {
      TableName: table.name,
      Key: table.key(ROSTER_PARTITION, stampShardOf(peerId)),
      UpdateExpression: 'ADD #stamp :one SET #changedAt = :now',
      ExpressionAttributeNames: { '#stamp': 'stamp', '#changedAt': 'changedAt' },
      ExpressionAttributeValues: { ':one': 1, ':now': now.getTime() },
    },
  };
}

export function peerItem(table: MatchingTable, peer: Peer): Record<string, unknown> {
  return {
    ...peer,
    ...table.key(peerPartition(peer.peerId), SK.profile),
    listPk: LIST.peers,
    listSk: peer.peerId,
    filterPk: `${LIST.peers}#${peer.status}`,
  };
}

/** The peers of the matching table. Every operation is one request or one transaction; never a Scan. */
export function createPeersStore({ documents, table, cursors }: StoreDeps) {
  const claimOf = (email: string, peerId: string): DocumentTransactItem => ({
    Put: {
      TableName: table.name,
      Item: { ...table.key(emailPartition(email), SK.emailClaim), peerId },
      ConditionExpression: 'attribute_not_exists(#pk)',
      ExpressionAttributeNames: { '#pk': table.partitionKey },
    },
  });

  /**
   * Runs a peer write: a failed condition on the record (at `recordAt`) means a stale version,
   * which wins over a failed email claim (at `claimAt`): the caller reads again first.
   */
  async function write(items: DocumentTransactItem[], event: OutgoingEvent, now: Date, at: WriteAt) {
    try {
      await withRaceRetries(() => writeWithOutbox(documents, table, items, [event], { now }));
      return 'saved' as const;
    } catch (error) {
      const failed = failedConditions(error);
      if (failed.includes(at.recordAt)) return 'stale' as const;
      if (failed.includes(at.claimAt)) return 'emailTaken' as const;
      if (failed.length > 0) return 'stale' as const;
      throw error;
    }
  }

  return {
    /** A new peer, its email claim and its PeerUpdated event, in one transaction. */
    async createPeer(peer: Peer, event: OutgoingEvent, now: Date): Promise<PeerWrite> {
      const put: DocumentTransactItem = {
        Put: {
          TableName: table.name,
          Item: peerItem(table, peer),
          ConditionExpression: 'attribute_not_exists(#pk)',
          ExpressionAttributeNames: { '#pk': table.partitionKey },
        },
      };
      return write([claimOf(peer.email, peer.peerId), put, rosterStampBump(table, peer.peerId, now)], event, now, {
        claimAt: 0,
        recordAt: 1,
      });
    },

    /**
     * Replaces a peer read at `before`, if nobody changed it meanwhile (neither its version nor its
     * caseload, which confirmations change without a version), moving the email claim if it changed.
     */
    async savePeerChange(before: Peer, after: Peer, event: OutgoingEvent, now: Date): Promise<PeerWrite> {
      const put: DocumentTransactItem = {
        Put: {
          TableName: table.name,
          Item: peerItem(table, after),
          ConditionExpression: 'version = :v AND caseload = :c',
          ExpressionAttributeValues: { ':v': before.version, ':c': before.caseload },
        },
      };
      const emailMoved = before.email.toLowerCase() !== after.email.toLowerCase();
      const moves: DocumentTransactItem[] = emailMoved
        ? [
            claimOf(after.email, after.peerId),
            { Delete: { TableName: table.name, Key: table.key(emailPartition(before.email), SK.emailClaim) } },
          ]
        : [];
      const at = { claimAt: emailMoved ? 0 : -1, recordAt: moves.length };
      return write([...moves, put, rosterStampBump(table, after.peerId, now)], event, now, at);
    },

    async getPeer(peerId: string): Promise<Peer | undefined> {
      const result = await documents.send(
        new GetCommand({
          TableName: table.name,
          Key: table.key(peerPartition(peerId), SK.profile),
          ConsistentRead: true,
        }),
      );
      return result.Item && withoutBookkeeping<Peer>(result.Item);
    },

    /** The peer record a sign-in (its email) is linked to. */
    async peerIdByEmail(email: string): Promise<string | undefined> {
      const result = await documents.send(
        new GetCommand({
          TableName: table.name,
          Key: table.key(emailPartition(email), SK.emailClaim),
          ConsistentRead: true,
        }),
      );
      return result.Item?.peerId as string | undefined;
    },

    /** A page of the roster (one Query), optionally of one status. `badCursor` when the cursor is not this listing's. */
    async listPeers(query: ListPeersQuery): Promise<{ items: Peer[]; nextCursor: string | null } | 'badCursor'> {
      const index = table.index(query.status ? 'byFilter' : 'byList');
      const listing = `peers?status=${query.status ?? ''}`;
      const start = query.cursor ? cursors.decode(listing, query.cursor) : undefined;
      if (start === null) return 'badCursor';
      const result = await documents.send(
        new QueryCommand({
          TableName: table.name,
          IndexName: index.name,
          KeyConditionExpression: '#p = :p',
          ExpressionAttributeNames: { '#p': index.partitionKey },
          ExpressionAttributeValues: { ':p': query.status ? `${LIST.peers}#${query.status}` : LIST.peers },
          Limit: query.limit + 1,
          ExclusiveStartKey: start,
        }),
      );
      const items = result.Items ?? [];
      const page = items.slice(0, query.limit);
      const last = items.length > query.limit ? page.at(-1) : undefined;
      return {
        items: page.map((item) => withoutBookkeeping<Peer>(item)),
        nextCursor: cursors.encode(listing, lastKeyOf(last, table, index)),
      };
    },
  };
}

export type PeersStore = ReturnType<typeof createPeersStore>;
