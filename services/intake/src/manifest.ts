import { DEFAULT_CRISIS_RESOURCES, SOURCES } from '@lantern/contracts';
import { defineService, outboxRelayFunction, routeFunctions } from '@lantern/runtime';
import { intakeTables } from './tables.js';

export const intakeManifest = defineService({
  name: 'intake',
  eventSource: SOURCES.intake,
  tables: intakeTables,
  functions: {
    // One function per routes/<name>.ts, served by handlers/<name>.ts. readWrite by default:
    // every read of a client record writes an audit entry, and so does every refusal.
    ...(await routeFunctions(new URL('./', import.meta.url), {
      permissions: [{ kind: 'table', table: 'main', access: 'readWrite' }],
      overrides: {
        submitIntake: {
          // The organisation's own come from the stage configuration (cdk.json `crisisResources`).
          environment: { CRISIS_RESOURCES: JSON.stringify(DEFAULT_CRISIS_RESOURCES) },
        },
        listClients: { permissions: [{ kind: 'table', table: 'main', access: 'read' }] },
      },
    })),
    relay: outboxRelayFunction('main'),
  },
});
