import type { DynamoDBDocumentClient } from '@aws-sdk/lib-dynamodb';
import type { CursorCodec } from '@lantern/runtime';
import type { MatchingTable } from '../tables.js';

/** Partition and sort values of the matching table's items (names of the key attributes: tables.ts). */
export const peerPartition = (peerId: string) => `PEER#${peerId}`;
export const emailPartition = (email: string) => `PEER_EMAIL#${email.toLowerCase()}`;
export const clientPartition = (clientId: string) => `CLIENT#${clientId}`;
export const matchPartition = (matchId: string) => `MATCH#${matchId}`;
export const runPartition = (runId: string) => `RUN#${runId}`;
export const endedWith = (peerId: string) => `ENDED_WITH#${peerId}`;

export const SK = {
  profile: 'PROFILE',
  emailClaim: 'PEER',
  waiting: 'WAITING',
  candidate: 'CANDIDATE',
  suggestions: 'SUGGESTIONS',
  activeMatch: 'ACTIVE_MATCH',
  match: 'MATCH',
  run: 'RUN',
  stamp: 'STAMP',
} as const;

export const LIST = {
  peers: 'PEERS',
  /** Waiting clients' records, read whole when a run is applied. */
  waiting: 'WAITING_RECORDS',
  /** Waiting clients' run candidates, small items a batch run reads; records kept before 2026-12-07 are listed here too. */
  candidates: 'WAITING',
  matches: 'MATCHES',
  clientEnded: 'CLIENT_ENDED',
} as const;

export const ROSTER_PARTITION = 'ROSTER';
/** The packed copy of the roster (roster-store.ts); not in ROSTER_PARTITION, which is summed whole. */
export const ROSTER_COPY_KEY = { partition: 'ROSTER_COPY', sort: 'PEERS' } as const;
const STAMP_SHARDS = 16;

/** The roster-stamp counter a peer's changes bump (see rosterStampBump). */
export function stampShardOf(peerId: string): string {
  let hash = 0;
  for (const char of peerId) hash = (hash * 31 + char.charCodeAt(0)) >>> 0;
  return `${SK.stamp}#${String(hash % STAMP_SHARDS).padStart(2, '0')}`;
}

/** The attribute of a run-candidate item holding the candidate as one JSON string (clients-store.ts). */
export const PACKED_CANDIDATE = 'runCandidate';

/** Attributes an item holds beside its record: keys, index keys and packed copies. */
export const BOOKKEEPING = [
  'pk',
  'sk',
  'listPk',
  'listSk',
  'filterPk',
  'clientPk',
  'peerPk',
  'expiresAt',
  PACKED_CANDIDATE,
];

export function withoutBookkeeping<T>(item: Record<string, unknown>, more: readonly string[] = []): T {
  const record: Record<string, unknown> = { ...item };
  for (const name of [...BOOKKEEPING, ...more]) delete record[name];
  return record as T;
}

export interface StoreDeps {
  documents: DynamoDBDocumentClient;
  table: MatchingTable;
  cursors: CursorCodec;
}

/** The key of the item after which a page stops (table key plus the index's key), for the cursor. */
export function lastKeyOf(
  item: Record<string, unknown> | undefined,
  table: MatchingTable,
  index: { partitionKey: string; sortKey?: string | undefined },
): Record<string, unknown> | undefined {
  if (!item) return undefined;
  const names = [table.partitionKey, table.sortKey, index.partitionKey, index.sortKey].filter(
    (name): name is string => name !== undefined,
  );
  return Object.fromEntries(names.map((name) => [name, item[name]]));
}
