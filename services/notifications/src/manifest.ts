import { fileURLToPath } from 'node:url';
import {
  IntakeSubmitted,
  MatchConfirmed,
  SessionCancelled,
  SessionReminderDue,
  SessionRescheduled,
  SessionScheduled,
  SOURCES,
} from '@lantern/contracts';
import { defineService, type FunctionSpec, type Permission } from '@lantern/runtime';
import { RENDERING_BUNDLE } from './bundling.js';
import { listNotificationsRoute } from './routes/list-notifications.js';
import { unsubscribeRoute } from './routes/unsubscribe.js';
import { notificationsTables } from './tables.js';

const handler = (name: string) => fileURLToPath(new URL(`./handlers/${name}.ts`, import.meta.url));

/** Deploy-time settings of the organisation; these are the local defaults. */
const ORGANISATION = {
  ORGANISATION_NAME: 'Lantern Peer Support',
  // The staff app's (and the client pages') origin, and the language of messages to staff.
  WEB_ORIGIN: 'http://localhost:5173',
  STAFF_LOCALE: 'en',
};
const MESSAGE_PERMISSIONS: Permission[] = [
  { kind: 'table', table: 'main', access: 'readWrite' },
  { kind: 'sendEmail' },
  { kind: 'signLinks' },
];

/** A function that sends the messages of one event: its own templates only, once per event and recipient. */
function sender(
  entry: string,
  description: string,
  event: { source: string; detailType: string },
  rule: string,
  channels: { texts: boolean },
): FunctionSpec {
  return {
    entry: handler(entry),
    description,
    timeoutSeconds: 10,
    ...RENDERING_BUNDLE,
    subscriptions: [{ name: rule, pattern: { source: [event.source], 'detail-type': [event.detailType] } }],
    idempotencyTable: 'main',
    environment: ORGANISATION,
    permissions: channels.texts ? [...MESSAGE_PERMISSIONS, { kind: 'sendText' }] : MESSAGE_PERMISSIONS,
  };
}

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
      environment: { ORGANISATION_NAME: ORGANISATION.ORGANISATION_NAME },
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
        ...ORGANISATION,
        // Deploy-time: the organisation's on-duty coordinators (comma-separated).
        COORDINATORS_ON_DUTY: 'coordinator@example.org',
      },
      permissions: [{ kind: 'table', table: 'main', access: 'readWrite' }, { kind: 'sendEmail' }],
    },
    sendMatchConfirmed: sender(
      'send-match-confirmed',
      'Introduces a client and their peer to each other',
      MatchConfirmed,
      'MatchConfirmedToMessages',
      { texts: false },
    ),
    sendSessionBooked: sender(
      'send-session-booked',
      'Tells a client and their peer a session or series is booked, with the invite',
      SessionScheduled,
      'SessionScheduledToMessages',
      { texts: true },
    ),
    sendSessionRescheduled: sender(
      'send-session-rescheduled',
      'Tells a client and their peer a session moved, with the updated invite',
      SessionRescheduled,
      'SessionRescheduledToMessages',
      { texts: true },
    ),
    sendSessionCancelled: sender(
      'send-session-cancelled',
      'Tells a client and their peer sessions were cancelled, with the cancelling invite',
      SessionCancelled,
      'SessionCancelledToMessages',
      { texts: true },
    ),
    sendSessionReminder: sender(
      'send-session-reminder',
      'Reminds a client and their peer of a session 24 hours and 1 hour before',
      SessionReminderDue,
      'SessionReminderDueToMessages',
      { texts: true },
    ),
    suppressOnFeedback: {
      entry: handler('suppress-on-feedback'),
      description: 'Adds bounced and complaining addresses to the suppression list (SES feedback)',
      timeoutSeconds: 10,
      // SES publishes these itself (source aws.ses); in AWS they arrive on the default bus.
      subscriptions: [
        {
          name: 'SesFeedbackToSuppression',
          pattern: { source: ['aws.ses'], 'detail-type': ['Email Bounced', 'Email Complaint Received'] },
        },
      ],
      idempotencyTable: 'main',
      permissions: [{ kind: 'table', table: 'main', access: 'readWrite' }],
    },
    listNotifications: {
      entry: handler('list-notifications'),
      description: 'The delivery log for coordinators',
      timeoutSeconds: 10,
      routes: [listNotificationsRoute],
      permissions: [{ kind: 'table', table: 'main', access: 'read' }, { kind: 'signLinks' }],
    },
    unsubscribe: {
      entry: handler('unsubscribe'),
      description: 'Stops non-essential messages to the address of a signed unsubscribe link',
      timeoutSeconds: 10,
      routes: [unsubscribeRoute],
      permissions: [{ kind: 'table', table: 'main', access: 'readWrite' }, { kind: 'signLinks' }],
    },
  },
});
