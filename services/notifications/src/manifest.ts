import { fileURLToPath } from 'node:url';
import { IntakeSubmitted, SOURCES } from '@lantern/contracts';
import { defineService } from '@lantern/runtime';
import { RENDERING_BUNDLE } from './bundling.js';
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
      timeoutSeconds: 10,
      ...RENDERING_BUNDLE,
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
    sendUrgentAlert: {
      entry: handler('send-urgent-alert'),
      description: 'Alerts the coordinators on duty that an urgent intake needs attention',
      timeoutSeconds: 10,
      ...RENDERING_BUNDLE,
      subscriptions: [
        {
          name: 'UrgentIntakeToCoordinators',
          pattern: {
            source: [IntakeSubmitted.source],
            'detail-type': [IntakeSubmitted.detailType],
            detail: { data: { urgent: [true] } },
          },
        },
      ],
      idempotencyTable: 'main',
      environment: {
        ORGANISATION_NAME: 'Lantern Peer Support',
        // Deploy-time: the organisation's on-duty coordinators (comma-separated) and staff app origin.
        COORDINATORS_ON_DUTY: 'coordinator@example.org',
        STAFF_LOCALE: 'en',
        WEB_ORIGIN: 'http://localhost:5173',
      },
      permissions: [{ kind: 'table', table: 'main', access: 'readWrite' }, { kind: 'sendEmail' }],
    },
  },
});
