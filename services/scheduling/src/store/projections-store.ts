import { type DynamoDBDocumentClient, GetCommand, PutCommand, QueryCommand } from '@aws-sdk/lib-dynamodb';
import type { MatchRecord, PeerRecord } from '../domain/index.js';
import type { SchedulingTable } from '../tables.js';
import { loginPartition, MATCH, matchPartition, PEER, peerPartition } from './items.js';

export interface ProjectionsStoreDeps {
  documents: DynamoDBDocumentClient;
  table: SchedulingTable;
}

const KEY_ATTRIBUTES = new Set(['pk', 'sk', 'loginPk', 'revision']);
const withoutKeys = <T>(item: Record<string, unknown>): T =>
  Object.fromEntries(Object.entries(item).filter(([name]) => !KEY_ATTRIBUTES.has(name))) as T;

/**
 * Scheduling's copies of peers and matches (from matching's events). Each write is conditional on
 * what was read (`revision`), so two deliveries racing cannot undo each other: the loser throws
 * and the bus delivers it again, when the domain's fold sees the newer state.
 */
export function createProjectionsStore({ documents, table }: ProjectionsStoreDeps) {
  const read = async (partition: string, sort: string) => {
    const { Item } = await documents.send(
      new GetCommand({ TableName: table.name, Key: table.key(partition, sort), ConsistentRead: true }),
    );
    return Item;
  };
  const write = (partition: string, sort: string, fields: Record<string, unknown>, revision: number) =>
    documents.send(
      new PutCommand({
        TableName: table.name,
        Item: { ...table.key(partition, sort), ...fields, revision: revision + 1 },
        ConditionExpression: revision === 0 ? 'attribute_not_exists(#pk)' : '#revision = :revision',
        ExpressionAttributeNames: revision === 0 ? { '#pk': table.partitionKey } : { '#revision': 'revision' },
        ...(revision === 0 ? {} : { ExpressionAttributeValues: { ':revision': revision } }),
      }),
    );

  return {
    async getPeer(peerId: string): Promise<{ record: PeerRecord; revision: number } | undefined> {
      const item = await read(peerPartition(peerId), PEER);
      return item && { record: withoutKeys<PeerRecord>(item), revision: item.revision as number };
    },

    async putPeer(record: PeerRecord, revision: number): Promise<void> {
      await write(peerPartition(record.peerId), PEER, { ...record, loginPk: loginPartition(record.email) }, revision);
    },

    /** The peer whose sign-in name is `login` (a peer signs in with the email of their record). */
    async peerIdOfLogin(login: string): Promise<string | undefined> {
      const index = table.index('byLogin');
      const { Items } = await documents.send(
        new QueryCommand({
          TableName: table.name,
          IndexName: index.name,
          KeyConditionExpression: '#login = :login',
          ExpressionAttributeNames: { '#login': index.partitionKey },
          ExpressionAttributeValues: { ':login': loginPartition(login) },
          Limit: 1,
        }),
      );
      return Items?.[0]?.peerId as string | undefined;
    },

    async getMatch(matchId: string): Promise<{ record: MatchRecord; revision: number } | undefined> {
      const item = await read(matchPartition(matchId), MATCH);
      return item && { record: withoutKeys<MatchRecord>(item), revision: item.revision as number };
    },

    async putMatch(record: MatchRecord, revision: number): Promise<void> {
      await write(matchPartition(record.matchId), MATCH, { ...record }, revision);
    },
  };
}

export type ProjectionsStore = ReturnType<typeof createProjectionsStore>;
