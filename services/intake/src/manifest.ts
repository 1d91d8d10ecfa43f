import { fileURLToPath } from 'node:url';
import { SOURCES } from '@lantern/contracts';
import { defineService, outboxRelayFunction } from '@lantern/runtime';
import { getClientRoute, listClientsRoute, submitIntakeRoute, updateClientRoute } from './routes/index.js';
import { intakeTables } from './tables.js';

const handler = (name: string) => fileURLToPath(new URL(`./handlers/${name}.ts`, import.meta.url));

/** Default crisis resources (US and Canada); an organisation sets its own at deploy time. */
const DEFAULT_CRISIS_RESOURCES = JSON.stringify([
  {
    name: '988 Suicide & Crisis Lifeline',
    phone: '988',
    text: '988',
    description: 'Call or text 988 (US and Canada), any time.',
  },
  { name: 'Emergency services', phone: '911', description: 'If you are in immediate danger, call 911.' },
]);

export const intakeManifest = defineService({
  name: 'intake',
  eventSource: SOURCES.intake,
  tables: intakeTables,
  functions: {
    submitIntake: {
      entry: handler('submit-intake'),
      description: 'POST /intakes: store a client intake and announce it',
      routes: [submitIntakeRoute],
      environment: { CRISIS_RESOURCES: DEFAULT_CRISIS_RESOURCES },
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
