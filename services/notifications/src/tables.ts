import { defineTables, tableAccess } from '@lantern/runtime';

/**
 * The notifications table:
 *   NOTIFICATION#<eventId> / RECIPIENT#<hash>   one record per event and recipient (sent, skipped, failed)
 *   idempotency#<function> / <hash>             Powertools idempotency records of the consumers
 */
export const notificationsTables = defineTables({
  main: {
    partitionKey: { name: 'pk', type: 'S' },
    sortKey: { name: 'sk', type: 'S' },
    ttlAttribute: 'expiresAt',
  },
});

export const notificationsTable = (physicalName?: string) => tableAccess(notificationsTables, 'main', physicalName);
export type NotificationsTable = ReturnType<typeof notificationsTable>;
