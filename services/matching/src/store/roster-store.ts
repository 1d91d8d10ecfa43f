import { ConditionalCheckFailedException } from '@aws-sdk/client-dynamodb';
import { GetCommand, PutCommand, QueryCommand } from '@aws-sdk/lib-dynamodb';
import type { Peer } from '@lantern/contracts';
import { type RosterPeer, rosterPeerOf } from '../domain/profiles.js';
import { LIST, ROSTER_COPY_KEY, ROSTER_PARTITION, type StoreDeps, withoutBookkeeping } from './items.js';
import { packJson, unpackJson } from './packed-json.js';
import { queryAll } from './query-all.js';

/** Above this a packed copy is not kept (about 10,000 peers): the roster is then read whole. */
const COPY_LIMIT_BYTES = 350_000;
/**
 * The roster is listed on an index, which DynamoDB updates shortly after the record (usually well
 * under a second). A whole read this soon after a change may miss it: it is used, not kept.
 */
export const INDEX_SETTLE_MS = 5_000;

/** The roster's stamp: the sum of its counters, and when the last of them moved (epoch ms). */
export interface RosterStamp {
  value: number;
  changedAt: number;
}

/**
 * The roster as suggestions and batch runs read it. Every peer change, confirmation and end bumps
 * the roster stamp; whoever reads the roster whole at a settled stamp also leaves a packed copy of
 * it (gzipped JSON in one item, ~13 KB for 500 peers), so the next reader in any Lambda instance
 * gets it in one GetItem instead of a Query over every peer record.
 */
export function createRosterStore(deps: StoreDeps, clock: () => number = Date.now) {
  const { documents, table } = deps;
  let whole: { stamp: number; peers: Peer[] } | undefined;
  let packed: { stamp: number; peers: RosterPeer[] } | undefined;
  const settled = (stamp: RosterStamp) => clock() - stamp.changedAt >= INDEX_SETTLE_MS;

  /** A copy taken at `stamp` replaces one taken earlier, never a later one. */
  async function keepCopy(stamp: number, peers: readonly RosterPeer[]): Promise<void> {
    const data = packJson(peers);
    if (data.length > COPY_LIMIT_BYTES) return;
    try {
      await documents.send(
        new PutCommand({
          TableName: table.name,
          Item: { ...table.key(ROSTER_COPY_KEY.partition, ROSTER_COPY_KEY.sort), stamp, data },
          ConditionExpression: 'attribute_not_exists(#stamp) OR #stamp < :stamp',
          ExpressionAttributeNames: { '#stamp': 'stamp' },
          ExpressionAttributeValues: { ':stamp': stamp },
        }),
      );
    } catch (error) {
      if (!(error instanceof ConditionalCheckFailedException)) throw error;
    }
  }

  async function copyAt(stamp: number): Promise<RosterPeer[] | undefined> {
    const { Item: item } = await documents.send(
      new GetCommand({
        TableName: table.name,
        Key: table.key(ROSTER_COPY_KEY.partition, ROSTER_COPY_KEY.sort),
        ConsistentRead: true,
      }),
    );
    // Stamps only grow: a copy taken at this stamp or a later one is at least as new as asked.
    if (!(item?.data instanceof Uint8Array) || Number(item.stamp) < stamp) return undefined;
    return unpackJson<RosterPeer[]>(item.data);
  }

  /** Every peer record as it was at `stamp` or later (read the stamp first). Kept while the stamp holds. */
  async function peersAt(stamp: RosterStamp): Promise<Peer[]> {
    if (whole?.stamp === stamp.value) return whole.peers;
    const keep = settled(stamp);
    const peers = (await queryAll(deps, 'byList', LIST.peers)).map((item) => withoutBookkeeping<Peer>(item));
    if (keep) whole = { stamp: stamp.value, peers };
    return peers;
  }

  return {
    /** The roster's counters (one Query): their sum changes with every peer, match or end. */
    async stamp(): Promise<RosterStamp> {
      const result = await documents.send(
        new QueryCommand({
          TableName: table.name,
          KeyConditionExpression: '#pk = :roster',
          ExpressionAttributeNames: { '#pk': table.partitionKey },
          ExpressionAttributeValues: { ':roster': ROSTER_PARTITION },
          ConsistentRead: true,
        }),
      );
      const counters = result.Items ?? [];
      return {
        value: counters.reduce((sum, item) => sum + ((item.stamp as number | undefined) ?? 0), 0),
        changedAt: Math.max(0, ...counters.map((item) => (item.changedAt as number | undefined) ?? 0)),
      };
    },

    peersAt,

    /** Whether what is read at `stamp` may be kept for it (the index has had time to catch up). */
    settled,

    /** What suggestions and runs need of every peer, as it was at `stamp` or later: from the copy if it is that new. */
    async rosterAt(stamp: RosterStamp): Promise<RosterPeer[]> {
      if (packed?.stamp === stamp.value) return packed.peers;
      const copy = await copyAt(stamp.value);
      if (copy !== undefined) {
        packed = { stamp: stamp.value, peers: copy };
        return copy;
      }
      const keep = settled(stamp);
      const peers = (await peersAt(stamp)).map(rosterPeerOf);
      if (keep) {
        packed = { stamp: stamp.value, peers };
        await keepCopy(stamp.value, peers);
      }
      return peers;
    },
  };
}

export type RosterStore = ReturnType<typeof createRosterStore>;
