import { fileURLToPath } from 'node:url';
import { MatchConfirmed, MatchEnded, PeerUpdated, SOURCES } from '@lantern/contracts';
import {
  defineService,
  type FunctionSpec,
  outboxRelayFunction,
  type Permission,
  routeFunctions,
} from '@lantern/runtime';
import { DEFAULT_OFFICE_HOURS } from './domain/office-hours.js';
import { schedulingTables } from './tables.js';

const handler = (name: string) => fileURLToPath(new URL(`./handlers/${name}.ts`, import.meta.url));
const read: Permission = { kind: 'table', table: 'main', access: 'read' };
const readWrite: Permission = { kind: 'table', table: 'main', access: 'readWrite' };
const signLinks: Permission = { kind: 'signLinks' };
/** Office hours flag sessions outside them; the stage configuration sets the organisation's own. */
const withOfficeHours = { environment: { OFFICE_HOURS: JSON.stringify(DEFAULT_OFFICE_HOURS) } };

const consumer = (name: string, event: { source: string; detailType: string }): FunctionSpec => ({
  entry: handler(name),
  description: `${event.detailType} → scheduling's projection`,
  subscriptions: [{ name, pattern: { source: [event.source], 'detail-type': [event.detailType] } }],
  idempotencyTable: 'main',
  permissions: [readWrite],
});

export const schedulingManifest = defineService({
  name: 'scheduling',
  eventSource: SOURCES.scheduling,
  tables: schedulingTables,
  functions: {
    // One function per routes/<name>.ts, served by handlers/<name>.ts. Changes sign the client's
    // links carried by their events; reads need only read access.
    ...(await routeFunctions(new URL('./', import.meta.url), {
      permissions: [readWrite, signLinks],
      overrides: {
        getSlots: { ...withOfficeHours, permissions: [read] },
        bookSessions: withOfficeHours,
        rescheduleSession: withOfficeHours,
        listSessions: { permissions: [read, signLinks] },
        recordOutcome: { permissions: [readWrite] },
        getLink: { ...withOfficeHours, permissions: [read, signLinks] },
        linkReschedule: withOfficeHours,
        calendarFeed: {
          environment: { CALENDAR_UID_DOMAIN: 'lantern.invalid' },
          permissions: [read, signLinks],
        },
      },
    })),
    peerUpdated: consumer('peer-updated', PeerUpdated),
    matchConfirmed: consumer('match-confirmed', MatchConfirmed),
    matchEnded: consumer('match-ended', MatchEnded),
    syncReminders: {
      entry: handler('sync-reminders'),
      description: 'Session items from the table stream → their reminder schedules (24 h and 1 h before)',
      timeoutSeconds: 30,
      streamSource: { table: 'main', batchSize: 25, partitionKeyPrefix: 'SESSION#' },
      permissions: [read, signLinks, { kind: 'manageSchedules' }],
    },
    relay: outboxRelayFunction('main'),
  },
});
