import { defineTables, tableAccess } from '@lantern/runtime';

/**
 * The example table (single-table). Key and index names are written here and nowhere else:
 *   EXAMPLE#<id> / RECORD            one example
 *   IDEMPOTENCY#<route>#<key>        the first answer to an Idempotency-Key (runtime)
 *   OUTBOX#<eventId> / EVENT         events waiting for the relay (runtime)
 */
export const exampleTables = defineTables({
  main: {
    partitionKey: { name: 'pk', type: 'S' },
    sortKey: { name: 'sk', type: 'S' },
    ttlAttribute: 'expiresAt',
    stream: 'NEW_IMAGE',
  },
});

export const exampleTable = (physicalName?: string) => tableAccess(exampleTables, 'main', physicalName);
export type ExampleTable = ReturnType<typeof exampleTable>;
