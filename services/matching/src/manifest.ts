import { fileURLToPath } from 'node:url';
import { ClientUpdated, IntakeSubmitted, MatchingRunApplyRequested, SOURCES } from '@lantern/contracts';
import { defineService, outboxRelayFunction, routeFunctions } from '@lantern/runtime';
import { matchingTables } from './tables.js';

const handler = (name: string) => fileURLToPath(new URL(`./handlers/${name}.ts`, import.meta.url));
const readWrite = [{ kind: 'table', table: 'main', access: 'readWrite' }] as const;
const readOnly = { permissions: [{ kind: 'table' as const, table: 'main' as const, access: 'read' as const }] };

export const matchingManifest = defineService({
  name: 'matching',
  eventSource: SOURCES.matching,
  tables: matchingTables,
  functions: {
    // One function per routes/<name>.ts, served by handlers/<name>.ts.
    ...(await routeFunctions(new URL('./', import.meta.url), {
      permissions: [...readWrite],
      overrides: {
        getPeer: readOnly,
        listPeers: readOnly,
        listMatches: readOnly,
        getMatchingRun: readOnly,
        // Reads the whole roster when the stored suggestions are stale: room for a cold start.
        getSuggestions: { timeoutSeconds: 10, memoryMb: 512 },
        createMatch: { timeoutSeconds: 10 },
        // The whole waitlist in one request: projections read, the optimum solved, the proposal stored.
        startMatchingRun: { timeoutSeconds: 29, memoryMb: 1024 },
        // Hands a large run over to continueMatchingRun before this runs out (apply-run.ts).
        applyMatchingRun: { timeoutSeconds: 29 },
      },
    })),
    followIntakeSubmitted: {
      entry: handler('follow-intake-submitted'),
      description: 'Keeps the waiting-client projection and computes suggestions ahead',
      timeoutSeconds: 10,
      memoryMb: 512,
      subscriptions: [
        {
          name: 'IntakeSubmittedToMatching',
          pattern: { source: [IntakeSubmitted.source], 'detail-type': [IntakeSubmitted.detailType] },
        },
      ],
      idempotencyTable: 'main',
      permissions: [...readWrite],
    },
    followClientUpdated: {
      entry: handler('follow-client-updated'),
      description: 'Follows status and contact changes of waiting clients',
      timeoutSeconds: 10,
      subscriptions: [
        {
          name: 'ClientUpdatedToMatching',
          pattern: { source: [ClientUpdated.source], 'detail-type': [ClientUpdated.detailType] },
        },
      ],
      idempotencyTable: 'main',
      permissions: [...readWrite],
    },
    continueMatchingRun: {
      entry: handler('continue-run'),
      description: 'Applies the rest of a batch run too large for one request',
      timeoutSeconds: 900,
      memoryMb: 1024,
      subscriptions: [
        {
          name: 'MatchingRunApplyRequestedToMatching',
          pattern: {
            source: [MatchingRunApplyRequested.source],
            'detail-type': [MatchingRunApplyRequested.detailType],
          },
        },
      ],
      idempotencyTable: 'main',
      permissions: [...readWrite],
    },
    relay: outboxRelayFunction('main'),
  },
});
