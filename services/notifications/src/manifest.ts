import { fileURLToPath } from 'node:url';
import { IntakeSubmitted, SOURCES } from '@lantern/contracts';
import { defineService } from '@lantern/runtime';
import { notificationsTables } from './tables.js';

const handler = (name: string) => fileURLToPath(new URL(`./handlers/${name}.ts`, import.meta.url));

export const notificationsManifest = defineService({
  name: 'notifications',
  eventSource: SOURCES.notifications,
  tables: notificationsTables,
  functions: {
    sendIntakeReceived: {
      entry: handler('send-intake-received'),
      description: 'Emails a client that their request was received',
      subscriptions: [
        {
          name: 'IntakeSubmittedToEmail',
          pattern: { source: [IntakeSubmitted.source], 'detail-type': [IntakeSubmitted.detailType] },
        },
      ],
      idempotencyTable: 'main',
      environment: { ORGANISATION_NAME: 'Lantern Peer Support' },
      permissions: [{ kind: 'table', table: 'main', access: 'readWrite' }, { kind: 'sendEmail' }],
    },
  },
});
