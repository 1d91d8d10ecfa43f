import type { DynamoDBRecord } from 'aws-lambda';
import { describe, expect, it } from 'vitest';
import { type DeliveryHooks, deliverBatch } from '../src/streams/batch-delivery.js';

const record = (n: number, behaviour = 'ok'): DynamoDBRecord => ({
  dynamodb: { SequenceNumber: String(100 + n), NewImage: { behaviour: { S: behaviour } } },
});

/** A fake function over the records' `behaviour`, recording every batch and checkpoint. */
function harness(fn: (records: DynamoDBRecord[]) => { ok: boolean; failures?: string[] }) {
  const batches: string[][] = [];
  const checkpoints: string[] = [];
  const discarded: string[][] = [];
  const hooks: DeliveryHooks = {
    invoke: async ({ Records }) => {
      batches.push(Records.map((r) => r.dynamodb?.SequenceNumber as string));
      const outcome = fn(Records);
      if (!outcome.ok) return { ok: false, error: { errorType: 'Error', errorMessage: 'failed' } };
      return { ok: true, value: { batchItemFailures: (outcome.failures ?? []).map((id) => ({ itemIdentifier: id })) } };
    },
    checkpoint: (r) => {
      checkpoints.push(r.dynamodb?.SequenceNumber as string);
    },
    discard: (records) => discarded.push(records.map((r) => r.dynamodb?.SequenceNumber as string)),
    sleep: async () => undefined,
    stopped: () => false,
  };
  return { hooks, batches, checkpoints, discarded };
}

const policy = { maxRetryAttempts: 2, baseDelayMs: 1, maxDelayMs: 1 };

describe('stream batch delivery', () => {
  it('checkpoints the last record of a batch that succeeds', async () => {
    // Prepare
    const h = harness(() => ({ ok: true }));

    // Act
    await deliverBatch([record(1), record(2), record(3)], h.hooks, policy);

    // Assess
    expect(h.batches).toEqual([['101', '102', '103']]);
    expect(h.checkpoints).toEqual(['103']);
  });

  it('retries from the earliest reported failure and checkpoints what came before it', async () => {
    // Prepare: record 2 fails once, then succeeds.
    let failed = false;
    const h = harness((records) => {
      if (!failed && records.some((r) => r.dynamodb?.SequenceNumber === '102')) {
        failed = true;
        return { ok: true, failures: ['103', '102'] };
      }
      return { ok: true };
    });

    // Act
    await deliverBatch([record(1), record(2), record(3)], h.hooks, policy);

    // Assess
    expect(h.batches).toEqual([
      ['101', '102', '103'],
      ['102', '103'],
    ]);
    expect(h.checkpoints).toEqual(['101', '103']);
  });

  it('bisects a batch whose invocation fails until the poison record is alone, then gives it up', async () => {
    // Prepare
    const h = harness((records) => ({ ok: !records.some((r) => r.dynamodb?.NewImage?.behaviour?.S === 'throw') }));

    // Act
    await deliverBatch([record(1), record(2), record(3, 'throw'), record(4)], h.hooks, policy);

    // Assess
    expect(h.batches).toEqual([
      ['101', '102', '103', '104'],
      ['101', '102'],
      ['103', '104'],
      ['103'],
      ['103'],
      ['103'],
      ['104'],
    ]);
    expect(h.discarded).toEqual([['103']]);
    expect(h.checkpoints).toEqual(['102', '103', '104']);
  });

  it('treats an unknown item identifier as a failure of the whole batch', async () => {
    // Prepare
    const h = harness(() => ({ ok: true, failures: ['not-a-sequence-number'] }));

    // Act
    await deliverBatch([record(1), record(2)], h.hooks, policy);

    // Assess: the first try and two retries, all with both records; then given up.
    expect(h.batches).toHaveLength(3);
    expect(h.discarded).toEqual([['101', '102']]);
  });
});
