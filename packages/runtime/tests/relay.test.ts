import type { EventBridgeClient, PutEventsCommand } from '@aws-sdk/client-eventbridge';
import { marshall } from '@aws-sdk/util-dynamodb';
import type { DynamoDBRecord } from 'aws-lambda';
import { describe, expect, it } from 'vitest';
import { defineTables, tableAccess } from '../src/data/tables.js';
import { outboxItem } from '../src/outbox/outbox.js';
import { relayOutbox } from '../src/outbox/relay.js';

const table = tableAccess(
  defineTables({ main: { partitionKey: { name: 'pk', type: 'S' }, ttlAttribute: 'expiresAt' } }),
  'main',
  'test',
);

function outboxRecord(n: number): DynamoDBRecord {
  const item = outboxItem(
    table,
    {
      source: 'lantern.test',
      detailType: 'Thing',
      detail: { meta: { eventId: `ev_${n}`, version: 1, occurredAt: '2026-01-01T00:00:00Z' }, data: { n } },
    },
    new Date('2026-01-01T00:00:00Z'),
  );
  return {
    eventName: 'INSERT',
    dynamodb: { SequenceNumber: String(100 + n), NewImage: marshall(item) as never },
  };
}

/** A stand-in for EventBridge that fails as told: the faults the local cloud cannot produce per entry. */
function fakeBus(behaviour: (entries: number, call: number) => 'ok' | 'throw' | number[]) {
  const calls: number[] = [];
  const client = {
    send: async (command: PutEventsCommand) => {
      const entries = command.input.Entries ?? [];
      calls.push(entries.length);
      const outcome = behaviour(entries.length, calls.length);
      if (outcome === 'throw') throw new Error('connection reset');
      const failed = outcome === 'ok' ? [] : outcome;
      return {
        FailedEntryCount: failed.length,
        Entries: entries.map((_, i) => (failed.includes(i) ? { ErrorCode: 'InternalFailure' } : { EventId: `id${i}` })),
      };
    },
  } as unknown as EventBridgeClient;
  return { client, calls };
}

describe('the outbox relay', () => {
  it('publishes outbox items in batches of ten', async () => {
    const bus = fakeBus(() => 'ok');
    const failures = await relayOutbox(
      Array.from({ length: 23 }, (_, i) => outboxRecord(i)),
      bus.client,
      'bus',
    );
    expect(bus.calls).toEqual([10, 10, 3]);
    expect(failures).toEqual([]);
  });

  it('ignores stream records that are not new outbox items', async () => {
    const bus = fakeBus(() => 'ok');
    const profile: DynamoDBRecord = {
      eventName: 'INSERT',
      dynamodb: { SequenceNumber: '1', NewImage: marshall({ pk: 'CLIENT#1', sk: 'PROFILE' }) as never },
    };
    const removal: DynamoDBRecord = { ...outboxRecord(1), eventName: 'REMOVE' };
    await relayOutbox([profile, removal], bus.client, 'bus');
    expect(bus.calls).toEqual([]);
  });

  it('reports the entries EventBridge refused as batch item failures', async () => {
    const bus = fakeBus(() => [1, 4]);
    const failures = await relayOutbox(
      Array.from({ length: 5 }, (_, i) => outboxRecord(i)),
      bus.client,
      'bus',
    );
    expect(failures).toEqual([{ itemIdentifier: '101' }, { itemIdentifier: '104' }]);
  });

  it('reports the failed call and everything after it when PutEvents throws', async () => {
    const bus = fakeBus((_, call) => (call === 2 ? 'throw' : 'ok'));
    const failures = await relayOutbox(
      Array.from({ length: 25 }, (_, i) => outboxRecord(i)),
      bus.client,
      'bus',
    );
    expect(failures.map((f) => f.itemIdentifier)).toEqual(Array.from({ length: 15 }, (_, i) => String(110 + i)));
  });
});
