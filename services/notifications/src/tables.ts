import { defineTables, tableAccess } from '@lantern/runtime';

/**
 * The notifications table:
 *   NOTIFICATION#<eventId> / <channel>#<hash>   one record per event, recipient and channel (sent, skipped, failed)
 *   ADDRESS#<hash> / SUPPRESSED | UNSUBSCRIBED  what stops messages to an address or number
 *   idempotency#<function> / <hash>             Powertools idempotency records of the consumers
 * Addresses appear only as a hash in keys, and masked in the delivery log.
 */
export const notificationsTables = defineTables({
  main: {
    partitionKey: { name: 'pk', type: 'S' },
    sortKey: { name: 'sk', type: 'S' },
    indexes: [
      // The delivery log, newest first: every notification record, and the same within one status.
      { name: 'byLog', partitionKey: { name: 'logPk', type: 'S' }, sortKey: { name: 'logSk', type: 'S' } },
      { name: 'byStatus', partitionKey: { name: 'status', type: 'S' }, sortKey: { name: 'logSk', type: 'S' } },
    ],
    ttlAttribute: 'expiresAt',
  },
});

export const notificationsTable = (physicalName?: string) => tableAccess(notificationsTables, 'main', physicalName);
export type NotificationsTable = ReturnType<typeof notificationsTable>;
