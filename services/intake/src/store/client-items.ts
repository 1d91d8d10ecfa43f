import type { ClientRecord, ClientSummary } from '@lantern/contracts';
import { queueSortKey } from '../domain/client.js';

/**
 * Key design of the intake table (single-table):
 *   CLIENT#<id> / PROFILE          the client record (+ queue index keys)
 *   CLIENT#<id> / AUDIT#<at>#<id>  one audit entry per read or change
 *   IDEMPOTENCY#<key> / POST /intakes   the first response to an Idempotency-Key
 *   OUTBOX#<eventId> / EVENT       events waiting for the relay
 */
export const QUEUE_PK = 'QUEUE';
export const clientPk = (clientId: string) => `CLIENT#${clientId}`;
export const PROFILE_SK = 'PROFILE';
export const statusPk = (status: string) => `STATUS#${status}`;

export interface ClientItem extends ClientRecord {
  pk: string;
  sk: typeof PROFILE_SK;
  queuePk: typeof QUEUE_PK;
  queueSk: string;
  statusPk: string;
  /** Optimistic lock: every write checks and increments it. */
  version: number;
  /** Cognito subject of the matched peer, once matching tells us (DESIGN §5: peers read only their own clients). */
  peerSubject?: string;
}

export function toClientItem(record: ClientRecord, version: number, peerSubject?: string): ClientItem {
  return {
    ...record,
    pk: clientPk(record.clientId),
    sk: PROFILE_SK,
    queuePk: QUEUE_PK,
    queueSk: queueSortKey(record),
    statusPk: statusPk(record.status),
    version,
    ...(peerSubject ? { peerSubject } : {}),
  };
}

export function toClientRecord(item: ClientItem): ClientRecord {
  const { pk: _pk, sk: _sk, queuePk: _q, queueSk: _qs, statusPk: _s, version: _v, peerSubject: _p, ...record } = item;
  return record;
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
