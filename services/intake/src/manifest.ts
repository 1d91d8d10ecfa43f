import { fileURLToPath } from 'node:url';
import { DEFAULT_CRISIS_RESOURCES, MatchConfirmed, MatchEnded, SOURCES } from '@lantern/contracts';
import { defineService, outboxRelayFunction, routeFunctions } from '@lantern/runtime';
import { intakeTables } from './tables.js';

const handler = (name: string) => fileURLToPath(new URL(`./handlers/${name}.ts`, import.meta.url));

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
    // Matching's news: the client's status, and which peer may read the record.
    followMatchConfirmed: {
      entry: handler('follow-match-confirmed'),
      description: 'Marks a client matched and links their peer',
      timeoutSeconds: 10,
      subscriptions: [
        {
          name: 'MatchConfirmedToIntake',
          pattern: { source: [MatchConfirmed.source], 'detail-type': [MatchConfirmed.detailType] },
        },
      ],
      idempotencyTable: 'main',
      permissions: [{ kind: 'table', table: 'main', access: 'readWrite' }],
    },
    followMatchEnded: {
      entry: handler('follow-match-ended'),
      description: 'Puts a client back on the waitlist when their match ends',
      timeoutSeconds: 10,
      subscriptions: [
        {
          name: 'MatchEndedToIntake',
          pattern: { source: [MatchEnded.source], 'detail-type': [MatchEnded.detailType] },
        },
      ],
      idempotencyTable: 'main',
      permissions: [{ kind: 'table', table: 'main', access: 'readWrite' }],
    },
    relay: outboxRelayFunction('main'),
  },
});
