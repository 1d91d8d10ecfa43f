import { fileURLToPath } from 'node:url';
import { IntakeSubmitted, SOURCES } from '@lantern/contracts';
import { defineService } from '@lantern/runtime';

const handler = (name: string) => fileURLToPath(new URL(`./handlers/${name}.ts`, import.meta.url));

export const notificationsManifest = defineService({
  name: 'notifications',
  eventSource: SOURCES.notifications,
  tables: {
    main: {
      envVar: 'NOTIFICATIONS_TABLE',
      partitionKey: { name: 'pk', type: 'S' },
      sortKey: { name: 'sk', type: 'S' },
      ttlAttribute: 'expiresAt',
    },
  },
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
      environment: {
        ORGANISATION_NAME: 'Lantern Peer Support',
        SENDER_EMAIL: 'hello@lantern.example.org',
        SES_CONFIGURATION_SET: 'lantern',
      },
      permissions: [{ kind: 'table', table: 'main', access: 'readWrite' }, { kind: 'sendEmail' }],
    },
  },
});
