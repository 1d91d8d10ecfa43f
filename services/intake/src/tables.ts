import { defineTables, tableAccess } from '@lantern/runtime';

/**
 * The intake table (single-table). Key and index names are written here and nowhere else:
 *   CLIENT#<id> / PROFILE           the client record (+ queue index keys)
 *   CLIENT#<id> / AUDIT#<at>#<id>   one audit entry per read, refusal or change
 *   IDEMPOTENCY#<route>#<key>       the first answer to an Idempotency-Key (runtime)
 *   OUTBOX#<eventId> / EVENT        events waiting for the relay (runtime)
 */
export const intakeTables = defineTables({
  main: {
    partitionKey: { name: 'pk', type: 'S' },
    sortKey: { name: 'sk', type: 'S' },
    indexes: [
      // The coordinator's queue: every client, urgent first then oldest first.
      { name: 'byQueue', partitionKey: { name: 'queuePk', type: 'S' }, sortKey: { name: 'queueSk', type: 'S' } },
      // The same order within one status.
      { name: 'byStatus', partitionKey: { name: 'statusPk', type: 'S' }, sortKey: { name: 'queueSk', type: 'S' } },
    ],
    ttlAttribute: 'expiresAt',
    stream: 'NEW_IMAGE',
  },
});

export const intakeTable = (physicalName?: string) => tableAccess(intakeTables, 'main', physicalName);
export type IntakeTable = ReturnType<typeof intakeTable>;
