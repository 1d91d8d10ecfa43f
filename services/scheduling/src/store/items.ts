import type { Session } from '@lantern/contracts';
import type { Claim, MatchRecord, PeerRecord } from '../domain/index.js';

/** Partition and sort values of the scheduling table's items (tables.ts names the attributes). */
export const SESSION = 'SESSION';
export const CLAIM = 'CLAIM';
export const PEER = 'PEER';
export const MATCH = 'MATCH';

export const sessionPartition = (sessionId: string) => `SESSION#${sessionId}`;
export const claimPartition = (personId: string, bucket: number) => `CLAIM#${personId}#${bucket}`;
export const peerPartition = (peerId: string) => `PEER#${peerId}`;
export const matchPartition = (matchId: string) => `MATCH#${matchId}`;
export const peerIndexPartition = (peerId: string) => `PEER#${peerId}`;
export const clientIndexPartition = (clientId: string) => `CLIENT#${clientId}`;
export const seriesIndexPartition = (seriesId: string) => `SERIES#${seriesId}`;
/** Sign-in names compare without case, as Cognito's do. */
export const loginPartition = (login: string) => `LOGIN#${login.trim().toLowerCase()}`;

/** Index keys of a session: its people's and its series' time-ordered listings. */
export function sessionIndexKeys(session: Session): Record<string, string> {
  const startSk = `${session.start}#${session.sessionId}`;
  return {
    peerPk: peerIndexPartition(session.peerId),
    clientPk: clientIndexPartition(session.clientId),
    ...(session.seriesId ? { seriesPk: seriesIndexPartition(session.seriesId) } : {}),
    startSk,
  };
}

const SESSION_FIELDS = [
  'sessionId',
  'seriesId',
  'matchId',
  'peerId',
  'clientId',
  'start',
  'end',
  'timeZone',
  'modality',
  'status',
  'sequence',
  'outsideOfficeHours',
  'version',
  'createdAt',
  'updatedAt',
] as const satisfies readonly (keyof Session)[];

/** The session fields of an item, without keys or index attributes. */
export function sessionOf(item: Record<string, unknown>): Session {
  const session: Record<string, unknown> = {};
  for (const field of SESSION_FIELDS) if (item[field] !== undefined) session[field] = item[field];
  return session as unknown as Session;
}

export function claimOf(item: Record<string, unknown>): Claim {
  return {
    personId: item.personId as string,
    bucket: item.bucket as number,
    version: item.version as number,
    entries: (item.entries as Claim['entries'] | undefined) ?? [],
  };
}

export type { MatchRecord, PeerRecord };
