import { fileURLToPath } from 'node:url';
import { DEFAULT_CRISIS_RESOURCES, SOURCES } from '@lantern/contracts';
import { defineService, outboxRelayFunction } from '@lantern/runtime';
import { getClientRoute, listClientsRoute, submitIntakeRoute, updateClientRoute } from './routes/index.js';
import { intakeTables } from './tables.js';

const handler = (name: string) => fileURLToPath(new URL(`./handlers/${name}.ts`, import.meta.url));

export const intakeManifest = defineService({
  name: 'intake',
  eventSource: SOURCES.intake,
  tables: intakeTables,
  functions: {
    submitIntake: {
      entry: handler('submit-intake'),
      description: 'POST /intakes: store a client intake and announce it',
      routes: [submitIntakeRoute],
      // The organisation's own come from the stage configuration (cdk.json `crisisResources`).
      environment: { CRISIS_RESOURCES: JSON.stringify(DEFAULT_CRISIS_RESOURCES) },
      permissions: [{ kind: 'table', table: 'main', access: 'readWrite' }],
    },
    listClients: {
      entry: handler('list-clients'),
      description: "GET /clients: the coordinator's queue",
      routes: [listClientsRoute],
      permissions: [{ kind: 'table', table: 'main', access: 'read' }, { kind: 'signLinks' }],
    },
    getClient: {
      entry: handler('get-client'),
      description: 'GET /clients/{clientId}: read a client record (audited)',
      routes: [getClientRoute],
      // readWrite: every read writes an audit entry.
      permissions: [{ kind: 'table', table: 'main', access: 'readWrite' }],
    },
    updateClient: {
      entry: handler('update-client'),
      description: 'PATCH /clients/{clientId}: change status or contact details',
      routes: [updateClientRoute],
      // readWrite: refusals are audited too.
      permissions: [{ kind: 'table', table: 'main', access: 'readWrite' }],
    },
    relay: outboxRelayFunction('main'),
  },
});
