import { defineTables, tableAccess } from '@lantern/runtime';

/**
 * The scheduling table (single-table). Key and index names are written here and nowhere else:
 *   SESSION#<id> / SESSION          a session (+ byPeer, byClient, bySeries keys: time order)
 *   CLAIM#<person>#<bucket> / CLAIM a person's booked time in a 28-day bucket, versioned (ADR 0033)
 *   PEER#<id> / PEER                the peer projection (+ byLogin: the peer's sign-in name)
 *   MATCH#<id> / MATCH              the match projection
 *   IDEMPOTENCY#… / OUTBOX#…        the runtime's Idempotency-Key answers and outbox
 */
export const schedulingTables = defineTables({
  main: {
    partitionKey: { name: 'pk', type: 'S' },
    sortKey: { name: 'sk', type: 'S' },
    indexes: [
      { name: 'byPeer', partitionKey: { name: 'peerPk', type: 'S' }, sortKey: { name: 'startSk', type: 'S' } },
      { name: 'byClient', partitionKey: { name: 'clientPk', type: 'S' }, sortKey: { name: 'startSk', type: 'S' } },
      { name: 'bySeries', partitionKey: { name: 'seriesPk', type: 'S' }, sortKey: { name: 'startSk', type: 'S' } },
      { name: 'byLogin', partitionKey: { name: 'loginPk', type: 'S' } },
    ],
    ttlAttribute: 'expiresAt',
    stream: 'NEW_IMAGE',
  },
});

export const schedulingTable = (physicalName?: string) => tableAccess(schedulingTables, 'main', physicalName);
export type SchedulingTable = ReturnType<typeof schedulingTable>;
