import { ConditionalCheckFailedException } from '@aws-sdk/client-dynamodb';
import { type DynamoDBDocumentClient, GetCommand, QueryCommand, UpdateCommand } from '@aws-sdk/lib-dynamodb';
import type { ContactChannel, Locale } from '@lantern/contracts';
import type { SupportTable } from '../tables.js';

const clientPartition = (clientId: string) => `CLIENT#${clientId}`;
const PROFILE = 'PROFILE';
const MATCH = 'MATCH#';

export interface ClientProjection {
  contactChannels: ContactChannel[];
  locale: Locale;
}

export interface ProjectionStoreDeps {
  documents: DynamoDBDocumentClient;
  table: SupportTable;
}

/**
 * What this service keeps of other services' events (DESIGN §2): each client's consented channels
 * and locale (intake) and who their peer is (matching). Events may arrive late or twice: a field is
 * set only by news newer than what it holds, and an ended match stays ended.
 */
export function createProjectionStore({ documents, table }: ProjectionStoreDeps) {
  async function setIfNewer(clientId: string, field: 'contactChannels' | 'locale', value: unknown, asOf: string) {
    try {
      await documents.send(
        new UpdateCommand({
          TableName: table.name,
          Key: table.key(clientPartition(clientId), PROFILE),
          UpdateExpression: 'SET #f = :v, #a = :t',
          ConditionExpression: 'attribute_not_exists(#a) OR #a < :t',
          ExpressionAttributeNames: { '#f': field, '#a': `${field}AsOf` },
          ExpressionAttributeValues: { ':v': value, ':t': asOf },
        }),
      );
    } catch (error) {
      if (!(error instanceof ConditionalCheckFailedException)) throw error;
    }
  }

  return {
    async recordClient(
      clientId: string,
      news: { contactChannels?: ContactChannel[] | undefined; locale?: Locale | undefined },
      asOf: string,
    ): Promise<void> {
      if (news.contactChannels) await setIfNewer(clientId, 'contactChannels', news.contactChannels, asOf);
      if (news.locale) await setIfNewer(clientId, 'locale', news.locale, asOf);
    },

    async client(clientId: string): Promise<ClientProjection | undefined> {
      const result = await documents.send(
        new GetCommand({
          TableName: table.name,
          Key: table.key(clientPartition(clientId), PROFILE),
          ConsistentRead: true,
        }),
      );
      if (!result.Item) return undefined;
      return { contactChannels: result.Item.contactChannels ?? [], locale: result.Item.locale ?? 'en' };
    },

    async recordMatchConfirmed(match: { clientId: string; matchId: string; peerAccount: string; at: string }) {
      await documents.send(
        new UpdateCommand({
          TableName: table.name,
          Key: table.key(clientPartition(match.clientId), `${MATCH}${match.matchId}`),
          UpdateExpression: 'SET peerAccount = :p, confirmedAt = :t, #s = if_not_exists(#s, :confirmed)',
          ExpressionAttributeNames: { '#s': 'status' },
          ExpressionAttributeValues: {
            ':p': match.peerAccount.toLowerCase(),
            ':t': match.at,
            ':confirmed': 'confirmed',
          },
        }),
      );
    },

    async recordMatchEnded(match: { clientId: string; matchId: string; at: string }) {
      await documents.send(
        new UpdateCommand({
          TableName: table.name,
          Key: table.key(clientPartition(match.clientId), `${MATCH}${match.matchId}`),
          UpdateExpression: 'SET #s = :ended, endedAt = :t',
          ExpressionAttributeNames: { '#s': 'status' },
          ExpressionAttributeValues: { ':ended': 'ended', ':t': match.at },
        }),
      );
    },

    /** The sign-in names of the client's peers now: confirmed matches not ended. */
    async peerAccounts(clientId: string): Promise<string[]> {
      const result = await documents.send(
        new QueryCommand({
          TableName: table.name,
          KeyConditionExpression: '#pk = :pk AND begins_with(#sk, :m)',
          ExpressionAttributeNames: { '#pk': table.partitionKey, '#sk': table.sortKey as string },
          ExpressionAttributeValues: { ':pk': clientPartition(clientId), ':m': MATCH },
          ConsistentRead: true,
        }),
      );
      return (result.Items ?? []).flatMap((item) =>
        item.status === 'confirmed' && typeof item.peerAccount === 'string' ? [item.peerAccount] : [],
      );
    },
  };
}

export type ProjectionStore = ReturnType<typeof createProjectionStore>;
