import { fileURLToPath } from 'node:url';
import { ClientUpdated, IntakeSubmitted, MatchConfirmed, MatchEnded, SOURCES } from '@lantern/contracts';
import { defineService, type FunctionSpec, outboxRelayFunction, routeFunctions } from '@lantern/runtime';
import { supportTables } from './tables.js';

const handler = (name: string) => fileURLToPath(new URL(`./handlers/${name}.ts`, import.meta.url));
const readWrite = { kind: 'table', table: 'main', access: 'readWrite' } as const;

/** A consumer that keeps part of this service's projection of another service's events. */
const projectionConsumer = (
  name: string,
  event: { source: string; detailType: string },
  description: string,
): FunctionSpec => ({
  entry: handler(name),
  description,
  timeoutSeconds: 10,
  subscriptions: [
    { name: `${event.detailType}ToSupport`, pattern: { source: [event.source], 'detail-type': [event.detailType] } },
  ],
  idempotencyTable: 'main',
  permissions: [readWrite],
});

export const supportManifest = defineService({
  name: 'support',
  eventSource: SOURCES.support,
  tables: supportTables,
  functions: {
    // One function per routes/<name>.ts, served by handlers/<name>.ts. Every route that reaches a
    // client's data writes audit entries, so it needs readWrite; the link routes sign or check tokens.
    ...(await routeFunctions(new URL('./', import.meta.url), {
      permissions: [readWrite],
      overrides: {
        listPlanTemplates: { permissions: [] },
        sharePlan: { permissions: [readWrite, { kind: 'signLinks' }] },
        getSharedPlan: { permissions: [readWrite, { kind: 'signLinks' }] },
      },
    })),
    onIntakeSubmitted: projectionConsumer(
      'on-intake-submitted',
      IntakeSubmitted,
      "Keeps a client's consented channels and locale",
    ),
    onClientUpdated: projectionConsumer(
      'on-client-updated',
      ClientUpdated,
      "Keeps a client's consented channels up to date",
    ),
    onMatchConfirmed: projectionConsumer(
      'on-match-confirmed',
      MatchConfirmed,
      "Records a client's peer, for the relationship check",
    ),
    onMatchEnded: projectionConsumer('on-match-ended', MatchEnded, 'Ends a peer’s reach to a client'),
    relay: outboxRelayFunction('main'),
  },
});
