import { defineService, outboxRelayFunction, routeFunctions } from '@lantern/runtime';
import { exampleTables } from './tables.js';

export const exampleManifest = defineService({
  name: 'example',
  eventSource: 'lantern.example',
  tables: exampleTables,
  functions: {
    // One function per routes/<name>.ts, served by handlers/<name>.ts; least privilege per route
    // through `overrides` (for example `{ getExample: { permissions: [read] } }`).
    ...(await routeFunctions(new URL('./', import.meta.url), {
      permissions: [{ kind: 'table', table: 'main', access: 'readWrite' }],
      overrides: { getExample: { permissions: [{ kind: 'table', table: 'main', access: 'read' }] } },
    })),
    relay: outboxRelayFunction('main'),
  },
});
