import type { ClientRecord, ClientSummary } from '@lantern/contracts';
import { queueSortKey } from '../domain/client.js';
import type { PeerLink } from '../domain/match-link.js';

/** Partition and sort values of the intake table's items (names of the key attributes: tables.ts). */
export const QUEUE_PARTITION = 'QUEUE';
export const clientPartition = (clientId: string) => `CLIENT#${clientId}`;
export const PROFILE = 'PROFILE';
export const statusPartition = (status: string) => `STATUS#${status}`;

/** What the record item stores beyond the record: its index keys and the matched peer. */
export interface ClientItem extends ClientRecord {
  queuePk: string;
  queueSk: string;
  statusPk: string;
  /** The matched peer's sign-in name and match, once matching tells us (DESIGN §5: peers read only their own clients). */
  peerEmail?: string;
  peerMatchId?: string;
}

export function toClientItem(record: ClientRecord, key: Record<string, unknown>, link?: PeerLink): ClientItem {
  return {
    ...record,
    ...key,
    queuePk: QUEUE_PARTITION,
    queueSk: queueSortKey(record),
    statusPk: statusPartition(record.status),
    ...(link ? { peerEmail: link.peerEmail, peerMatchId: link.matchId } : {}),
  };
}

export function toClientRecord(item: ClientItem & Record<string, unknown>, keyNames: readonly string[]): ClientRecord {
  const record: Record<string, unknown> = { ...item };
  for (const name of [...keyNames, 'queuePk', 'queueSk', 'statusPk', 'peerEmail', 'peerMatchId']) delete record[name];
  return record as unknown as ClientRecord;
}

export function toClientSummary(item: ClientItem): ClientSummary {
  return {
    clientId: item.clientId,
    preferredName: item.preferredName,
    ...(item.pronouns ? { pronouns: item.pronouns } : {}),
    status: item.status,
    urgent: item.urgent,
    urgentReasons: item.urgentReasons,
    supportAreas: item.supportAreas,
    languages: item.languages,
    timeZone: item.timeZone,
    createdAt: item.createdAt,
  };
}

export function peerLinkOf(item: ClientItem): PeerLink | undefined {
  return item.peerEmail && item.peerMatchId ? { peerEmail: item.peerEmail, matchId: item.peerMatchId } : undefined;
}
