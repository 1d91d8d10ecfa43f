import { fileURLToPath } from 'node:url';
import { SOURCES } from '@lantern/contracts';
import { defineService, outboxRelayFunction } from '@lantern/runtime';

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
  tables: {
    main: {
      envVar: 'INTAKE_TABLE',
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
  },
  functions: {
    submitIntake: {
      entry: handler('submit-intake'),
      description: 'POST /intakes: store a client intake and announce it',
      routes: [{ method: 'POST', path: '/intakes', auth: 'public' }],
      environment: { CRISIS_RESOURCES: DEFAULT_CRISIS_RESOURCES },
      permissions: [{ kind: 'table', table: 'main', access: 'readWrite' }],
    },
    listClients: {
      entry: handler('list-clients'),
      description: "GET /clients: the coordinator's queue",
      routes: [{ method: 'GET', path: '/clients', auth: ['coordinator'] }],
      permissions: [{ kind: 'table', table: 'main', access: 'read' }],
    },
    getClient: {
      entry: handler('get-client'),
      description: 'GET /clients/{clientId}: read a client record (audited)',
      routes: [{ method: 'GET', path: '/clients/{clientId}', auth: ['coordinator', 'peer'] }],
      // readWrite: every read writes an audit entry.
      permissions: [{ kind: 'table', table: 'main', access: 'readWrite' }],
    },
    updateClient: {
      entry: handler('update-client'),
      description: 'PATCH /clients/{clientId}: change status or contact details',
      routes: [{ method: 'PATCH', path: '/clients/{clientId}', auth: ['coordinator'] }],
      permissions: [{ kind: 'table', table: 'main', access: 'readWrite' }],
    },
    relay: outboxRelayFunction('main'),
  },
});
