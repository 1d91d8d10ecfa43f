import { fileURLToPath } from 'node:url';
import { DEFAULT_CRISIS_RESOURCES, SOURCES } from '@lantern/contracts';
import { defineService, outboxRelayFunction } from '@lantern/runtime';

const handler = (name: string) => fileURLToPath(new URL(`./handlers/${name}.ts`, import.meta.url));

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
      // The organisation's own come from the stage configuration (cdk.json `crisisResources`).
      environment: { CRISIS_RESOURCES: JSON.stringify(DEFAULT_CRISIS_RESOURCES) },
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
