import { GetCommand, QueryCommand } from '@aws-sdk/lib-dynamodb';
import type { ListMatchesQuery, Match, OutgoingEvent, Peer } from '@lantern/contracts';
import { type DocumentTransactItem, failedConditions, writeWithOutbox } from '@lantern/runtime';
import type { MatchingTable } from '../tables.js';
import {
  clientPartition,
  endedWith,
  LIST,
  matchPartition,
  peerPartition,
  SK,
  type StoreDeps,
  withoutBookkeeping,
} from './items.js';
import { rosterStampBump } from './peers-store.js';
import { withRaceRetries } from './transact.js';

/** Which condition of a confirmation failed: the positions of `CONFIRM_CHECKS`. */
export const CONFIRM_CHECKS = ['peerHasRoom', 'clientFree', 'pairNotEndedByClient', 'clientOpen'] as const;
export type ConfirmCheck = (typeof CONFIRM_CHECKS)[number];

/** A transaction holds 100 items: the peer's, the stamp's, and five per pair (four and its event). */
export const MAX_PAIRS_TOGETHER = 19;

export function matchItem(table: MatchingTable, match: Match): Record<string, unknown> {
  return {
    ...match,
    ...table.key(matchPartition(match.matchId), SK.match),
    listPk: LIST.matches,
    listSk: match.matchId,
    filterPk: `${LIST.matches}#${match.status}`,
    clientPk: clientPartition(match.clientId),
    peerPk: peerPartition(match.peerId),
  };
}

/** Matches: confirmed and ended in one transaction each, with their conditions and events. */
export function createMatchesStore({ documents, table, cursors }: StoreDeps) {
  const key = (pk: string, sk: string) => table.key(pk, sk);
  const names = { '#pk': table.partitionKey };

  /** A pair's items: the client's one active match, a pair the client never ended, an open record, the match. */
  const pairItems = (match: Match): DocumentTransactItem[] => [
    {
      Put: {
        TableName: table.name,
        Item: { ...key(clientPartition(match.clientId), SK.activeMatch), matchId: match.matchId },
        ConditionExpression: 'attribute_not_exists(#pk)',
        ExpressionAttributeNames: names,
      },
    },
    {
      ConditionCheck: {
        TableName: table.name,
        Key: key(clientPartition(match.clientId), endedWith(match.peerId)),
        ConditionExpression: 'attribute_not_exists(#pk)',
        ExpressionAttributeNames: names,
      },
    },
    {
      ConditionCheck: {
        TableName: table.name,
        Key: key(clientPartition(match.clientId), SK.waiting),
        ConditionExpression: 'attribute_exists(intake) AND #status.#value <> :closed',
        ExpressionAttributeNames: { '#status': 'status', '#value': 'value' },
        ExpressionAttributeValues: { ':closed': 'closed' },
      },
    },
    { Put: { TableName: table.name, Item: matchItem(table, match) } },
  ];

  /**
   * Writes a confirmation's transaction, tried again while it only loses races: the positions of
   * the items whose condition failed (none when saved). Any other failure is thrown.
   */
  const commitConfirmations = async (
    items: DocumentTransactItem[],
    events: readonly OutgoingEvent[],
    now: Date,
  ): Promise<number[]> => {
    try {
      await withRaceRetries(() => writeWithOutbox(documents, table, items, events, { now }));
      return [];
    } catch (error) {
      const failed = failedConditions(error);
      if (failed.length > 0) return failed;
      throw error;
    }
  };

  return {
    /*
     * One transaction; each condition is checked on the item as it is at commit, so of twenty
     * confirmations racing for a peer's last place exactly one commits:
     *
     *   A: peer caseload 3 < 4 ✓, client lock absent ✓ ─► commit, caseload 4
     *   B: peer caseload 4 < 4 ✗ ───────────────────────► cancelled, nothing written (409)
     */
    async confirm(match: Match, event: OutgoingEvent, now: Date): Promise<'saved' | ConfirmCheck[]> {
      const peerHasRoom: DocumentTransactItem = {
        Update: {
          TableName: table.name,
          Key: key(peerPartition(match.peerId), SK.profile),
          UpdateExpression: 'ADD #caseload :one',
          ConditionExpression: '#caseload < #capacity AND #status = :active',
          ExpressionAttributeNames: { '#caseload': 'caseload', '#capacity': 'capacity', '#status': 'status' },
          ExpressionAttributeValues: { ':one': 1, ':active': 'active' },
        },
      };
      // The order of the conditions is CONFIRM_CHECKS'.
      const items = [peerHasRoom, ...pairItems(match), rosterStampBump(table, match.peerId, now)];
      const failed = await commitConfirmations(items, [event], now);
      if (failed.length === 0) return 'saved';
      const checks = failed.flatMap((index) => CONFIRM_CHECKS[index] ?? []);
      if (checks.length === 0) throw new Error(`A confirmation failed a condition of no check: items ${failed}`);
      return checks;
    },

    /**
     * Confirms several pairs with one peer (a run's) in one transaction, all or nothing: the peer's
     * capacity and caseload as read must leave room for all of them at commit. 'refused' when any
     * condition fails; the caller then tries each pair alone to learn which and why.
     */
    async confirmTogether(
      peer: Pick<Peer, 'peerId' | 'capacity'>,
      confirmations: readonly { match: Match; event: OutgoingEvent }[],
      now: Date,
    ): Promise<'saved' | 'refused'> {
      if (confirmations.length > MAX_PAIRS_TOGETHER)
        throw new Error(`At most ${MAX_PAIRS_TOGETHER} pairs fit one transaction, not ${confirmations.length}`);
      const peerHasRoomForAll: DocumentTransactItem = {
        Update: {
          TableName: table.name,
          Key: key(peerPartition(peer.peerId), SK.profile),
          UpdateExpression: 'ADD #caseload :count',
          ConditionExpression: '#caseload <= :highest AND #capacity = :capacity AND #status = :active',
          ExpressionAttributeNames: { '#caseload': 'caseload', '#capacity': 'capacity', '#status': 'status' },
          ExpressionAttributeValues: {
            ':count': confirmations.length,
            ':highest': peer.capacity - confirmations.length,
            ':capacity': peer.capacity,
            ':active': 'active',
          },
        },
      };
      const items = [
        peerHasRoomForAll,
        ...confirmations.flatMap(({ match }) => pairItems(match)),
        rosterStampBump(table, peer.peerId, now),
      ];
      const events = confirmations.map(({ event }) => event);
      return (await commitConfirmations(items, events, now)).length === 0 ? 'saved' : 'refused';
    },

    /** Ends a match read at `before.version`: the place is freed; a client-ended pair is remembered. */
    async end(before: Match, after: Match, event: OutgoingEvent, now: Date): Promise<boolean> {
      const items: DocumentTransactItem[] = [
        {
          Put: {
            TableName: table.name,
            Item: matchItem(table, after),
            ConditionExpression: 'version = :v',
            ExpressionAttributeValues: { ':v': before.version },
          },
        },
        {
          Update: {
            TableName: table.name,
            Key: key(peerPartition(after.peerId), SK.profile),
            UpdateExpression: 'ADD #caseload :minusOne',
            ConditionExpression: '#caseload > :zero',
            ExpressionAttributeNames: { '#caseload': 'caseload' },
            ExpressionAttributeValues: { ':minusOne': -1, ':zero': 0 },
          },
        },
        { Delete: { TableName: table.name, Key: key(clientPartition(after.clientId), SK.activeMatch) } },
        ...(after.endedBy === 'client'
          ? [
              {
                Put: {
                  TableName: table.name,
                  Item: {
                    ...after,
                    ...key(clientPartition(after.clientId), endedWith(after.peerId)),
                    listPk: LIST.clientEnded,
                    listSk: after.matchId,
                  },
                },
              },
            ]
          : []),
        rosterStampBump(table, after.peerId, now),
      ];
      try {
        await withRaceRetries(() => writeWithOutbox(documents, table, items, [event], { now }));
        return true;
      } catch (error) {
        if (failedConditions(error).length > 0) return false;
        throw error;
      }
    },

    async getMatch(matchId: string): Promise<Match | undefined> {
      const result = await documents.send(
        new GetCommand({ TableName: table.name, Key: key(matchPartition(matchId), SK.match), ConsistentRead: true }),
      );
      return result.Item && withoutBookkeeping<Match>(result.Item);
    },

    /**
     * A page of matches: one Query on the narrowest index (client, peer, status, or all), the
     * other filters applied to it. A page may be short; `nextCursor` says whether more follow.
     */
    async listMatches(query: ListMatchesQuery): Promise<{ items: Match[]; nextCursor: string | null } | 'badCursor'> {
      const [indexName, partition] = query.clientId
        ? (['byClient', clientPartition(query.clientId)] as const)
        : query.peerId
          ? (['byPeer', peerPartition(query.peerId)] as const)
          : query.status
            ? (['byFilter', `${LIST.matches}#${query.status}`] as const)
            : (['byList', LIST.matches] as const);
      const index = table.index(indexName);
      const listing = `matches?clientId=${query.clientId ?? ''}&peerId=${query.peerId ?? ''}&status=${query.status ?? ''}`;
      const start = query.cursor ? cursors.decode(listing, query.cursor) : undefined;
      if (start === null) return 'badCursor';
      // The index narrows by one field; the others filter what it returns.
      const byPeer = query.peerId !== undefined && indexName === 'byClient';
      const byStatus = query.status !== undefined && indexName !== 'byFilter' && indexName !== 'byList';
      const filters = [...(byPeer ? ['peerId = :peer'] : []), ...(byStatus ? ['#status = :status'] : [])];
      const result = await documents.send(
        new QueryCommand({
          TableName: table.name,
          IndexName: index.name,
          KeyConditionExpression: '#p = :p',
          ...(filters.length > 0 ? { FilterExpression: filters.join(' AND ') } : {}),
          ExpressionAttributeNames: { '#p': index.partitionKey, ...(byStatus ? { '#status': 'status' } : {}) },
          ExpressionAttributeValues: {
            ':p': partition,
            ...(byPeer ? { ':peer': query.peerId } : {}),
            ...(byStatus ? { ':status': query.status } : {}),
          },
          Limit: query.limit,
          ExclusiveStartKey: start,
        }),
      );
      return {
        items: (result.Items ?? []).map((item) => withoutBookkeeping<Match>(item)),
        nextCursor: cursors.encode(listing, result.LastEvaluatedKey),
      };
    },
  };
}

export type MatchesStore = ReturnType<typeof createMatchesStore>;
