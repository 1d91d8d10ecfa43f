import { TransactionCanceledException } from '@aws-sdk/client-dynamodb';
import { GetCommand, PutCommand, TransactWriteCommand } from '@aws-sdk/lib-dynamodb';
import type { Match, Suggestions } from '@lantern/contracts';
import { isWaiting, type RunCandidate, runCandidateOf, type WaitingClient } from '../domain/waiting-clients.js';
import { clientPartition, LIST, PACKED_CANDIDATE, SK, type StoreDeps, withoutBookkeeping } from './items.js';
import { packJson, unpackJson } from './packed-json.js';
import { queryAll } from './query-all.js';

export interface StoredWaitingClient {
  client: WaitingClient;
  /** Rises with every change of the projection: stored suggestions name the one they were computed for. */
  version: number;
}

export interface StoredSuggestions {
  suggestions: Suggestions;
  rosterStamp: number;
  clientVersion: number;
}

/**
 * The waiting-client projection, the suggestions computed ahead, and the whole-state reads of
 * suggestions and batch runs (each one Query per kind on an index partition; never a Scan).
 */
export function createClientsStore(deps: StoreDeps) {
  const { documents, table } = deps;
  const get = async (pk: string, sk: string) =>
    (await documents.send(new GetCommand({ TableName: table.name, Key: table.key(pk, sk), ConsistentRead: true })))
      .Item;
  const asWaitingClient = (item: Record<string, unknown>) => withoutBookkeeping<WaitingClient>(item, ['version']);
  /** Items of the candidates list that are whole records, kept there before candidates had items of their own. */
  const isOlderRecord = (item: Record<string, unknown>) => typeof item[PACKED_CANDIDATE] !== 'string';
  const waitingClients = async (): Promise<WaitingClient[]> => {
    const [records, candidates] = await Promise.all([
      queryAll(deps, 'byList', LIST.waiting),
      queryAll(deps, 'byList', LIST.candidates),
    ]);
    return [...records, ...candidates.filter(isOlderRecord)].map(asWaitingClient);
  };

  return {
    async getWaiting(clientId: string): Promise<StoredWaitingClient | undefined> {
      const item = await get(clientPartition(clientId), SK.waiting);
      if (!item) return undefined;
      const { version, ...client } = withoutBookkeeping<WaitingClient & { version: number }>(item);
      return { client, version };
    },

    /**
     * Stores the projection if nobody changed it since `previous` was read; `false` if somebody did.
     * A waiting client's run candidate is kept in a small item of its own in the same transaction:
     * a batch run reads 2,000 of those far faster than 2,000 whole records.
     */
    async saveWaiting(client: WaitingClient, previous: StoredWaitingClient | undefined): Promise<boolean> {
      const version = (previous?.version ?? 0) + 1;
      const partition = clientPartition(client.clientId);
      const waiting = isWaiting(client);
      const candidateKey = table.key(partition, SK.candidate);
      try {
        await documents.send(
          new TransactWriteCommand({
            TransactItems: [
              {
                Put: {
                  TableName: table.name,
                  Item: {
                    ...client,
                    version,
                    ...table.key(partition, SK.waiting),
                    ...(waiting ? { listPk: LIST.waiting, listSk: client.clientId } : {}),
                  },
                  ConditionExpression: previous ? 'version = :v' : 'attribute_not_exists(#pk)',
                  ...(previous
                    ? { ExpressionAttributeValues: { ':v': previous.version } }
                    : { ExpressionAttributeNames: { '#pk': table.partitionKey } }),
                },
              },
              waiting
                ? {
                    Put: {
                      TableName: table.name,
                      Item: {
                        ...candidateKey,
                        listPk: LIST.candidates,
                        listSk: client.clientId,
                        [PACKED_CANDIDATE]: JSON.stringify(runCandidateOf(client)),
                      },
                    },
                  }
                : { Delete: { TableName: table.name, Key: candidateKey } },
            ],
          }),
        );
        return true;
      } catch (error) {
        // A changed version, or another fold of this client at the same moment: read again.
        if (error instanceof TransactionCanceledException) return false;
        throw error;
      }
    },

    /** Absent, or kept in an older shape: computed again. */
    async getSuggestions(clientId: string): Promise<StoredSuggestions | undefined> {
      const item = await get(clientPartition(clientId), SK.suggestions);
      if (!(item?.packed instanceof Uint8Array)) return undefined;
      const suggestions = unpackJson<Suggestions>(item.packed);
      return { suggestions, rosterStamp: Number(item.rosterStamp), clientVersion: Number(item.clientVersion) };
    },

    /**
     * Gzipped JSON in one binary attribute: every peer with reasons is ~200 KB as a map at 500
     * peers (DynamoDB's item limit is 400 KB) and slow to marshal; packed it is a tenth of that.
     */
    async saveSuggestions(clientId: string, stored: StoredSuggestions): Promise<void> {
      await documents.send(
        new PutCommand({
          TableName: table.name,
          Item: {
            packed: packJson(stored.suggestions),
            rosterStamp: stored.rosterStamp,
            clientVersion: stored.clientVersion,
            ...table.key(clientPartition(clientId), SK.suggestions),
          },
        }),
      );
    },

    waitingClients,

    /** What a batch run needs of every waiting client: its candidate item (or, kept before those, its record). */
    async runCandidates(): Promise<RunCandidate[]> {
      const items = await queryAll(deps, 'byList', LIST.candidates);
      return items.map((item) =>
        isOlderRecord(item)
          ? runCandidateOf(asWaitingClient(item))
          : (JSON.parse(item[PACKED_CANDIDATE] as string) as RunCandidate),
      );
    },

    /** What excludes or blocks a pair: every confirmed match and every match a client ended. */
    async blockingMatches(): Promise<Match[]> {
      const [confirmed, clientEnded] = await Promise.all([
        queryAll(deps, 'byFilter', `${LIST.matches}#confirmed`),
        queryAll(deps, 'byList', LIST.clientEnded),
      ]);
      return [...confirmed, ...clientEnded].map((item) => withoutBookkeeping<Match>(item));
    },

    async matchesOfClient(clientId: string): Promise<Match[]> {
      const items = await queryAll(deps, 'byClient', clientPartition(clientId));
      return items.map((item) => withoutBookkeeping<Match>(item));
    },
  };
}

export type ClientsStore = ReturnType<typeof createClientsStore>;
