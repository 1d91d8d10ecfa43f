import { fileURLToPath } from 'node:url';
import type { FunctionSpec } from './manifest.js';

/** Outbox items are `pk = OUTBOX#<eventId>`; the relay sees only those stream records. */
export const OUTBOX_PK_PREFIX = 'OUTBOX#';

/** The outbox relay function a service with an outbox adds to its manifest. */
export function outboxRelayFunction(table: string): FunctionSpec {
  return {
    entry: fileURLToPath(new URL('./outbox/relay-handler.ts', import.meta.url)),
    description: 'Publishes outbox items from the table stream to the event bus',
    timeoutSeconds: 30,
    streamSource: { table, batchSize: 25, partitionKeyPrefix: OUTBOX_PK_PREFIX },
    permissions: [{ kind: 'publishEvents' }],
  };
}
