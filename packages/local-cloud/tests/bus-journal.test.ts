import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { compacted, type JournalEntry, replay } from '../src/eventbridge/bus-journal.js';
import type { BusEvent } from '../src/eventbridge/envelope.js';

const event = (id: string): BusEvent => ({
  version: '0',
  id,
  'detail-type': 'Ping',
  source: 'lantern.fixture',
  account: '000000000000',
  time: '2026-01-01T00:00:00Z',
  region: 'us-east-1',
  resources: [],
  detail: {},
});

const RULES = ['a', 'b'];

/** Journals as the bus writes them: events first, then what happened to their deliveries. */
const journals = fc
  .array(fc.tuple(fc.constantFrom('e1', 'e2', 'e3', 'e4'), fc.subarray(RULES)), { maxLength: 4 })
  .chain((accepted) => {
    const unique = [...new Map(accepted.map(([id, rules]) => [id, rules])).entries()];
    const outcomes = unique.flatMap(([id, rules]) =>
      rules.map((rule) =>
        fc.constantFrom<JournalEntry[]>(
          [],
          [{ t: 'retry', id, rule, attempt: 2 }],
          [{ t: 'done', id, rule }],
          [
            {
              t: 'dead',
              letter: {
                event: event(id),
                target: { rule, function: `fn-${rule}` },
                error: { type: 'Error', message: 'no' },
                attempts: 3,
                failedAt: '2026-01-01T00:00:01Z',
              },
            },
          ],
        ),
      ),
    );
    return fc.tuple(fc.constant(unique), fc.tuple(...outcomes));
  })
  .map(([unique, outcomes]): JournalEntry[] => [
    ...unique.map(([id, rules]): JournalEntry => ({ t: 'event', event: event(id), routed: true, rules })),
    ...outcomes.flat(),
  ]);

describe('the event bus journal', () => {
  it('replays a compacted journal to the same archive, deliveries owed and dead letters', () => {
    fc.assert(
      fc.property(journals, (entries) => {
        const state = replay(entries, 100);
        const again = replay(compacted(state), 100);
        expect(again.archive.map((e) => e.id)).toEqual(state.archive.map((e) => e.id));
        expect([...again.pending.entries()]).toEqual([...state.pending.entries()]);
        expect(again.deadLetters).toEqual(state.deadLetters);
      }),
    );
  });

  it('owes a delivery until it is done or dead-lettered, and owes it again once redriven', () => {
    const letter = {
      event: event('e1'),
      target: { rule: 'b', function: 'fn-b' },
      error: { type: 'Error', message: 'no' },
      attempts: 3,
      failedAt: '2026-01-01T00:00:01Z',
    };
    const entries: JournalEntry[] = [
      { t: 'event', event: event('e1'), routed: true, rules: ['a', 'b'] },
      { t: 'retry', id: 'e1', rule: 'a', attempt: 2 },
      { t: 'dead', letter },
    ];

    const before = replay(entries, 100);
    const after = replay([...entries, { t: 'redriven', id: 'e1', rule: 'b' }], 100);

    expect([...before.pending.values()].map((p) => [p.rule, p.attempt])).toEqual([['a', 2]]);
    expect(before.deadLetters).toEqual([letter]);
    expect([...after.pending.values()].map((p) => [p.rule, p.attempt])).toEqual([
      ['a', 2],
      ['b', 1],
    ]);
    expect(after.deadLetters).toEqual([]);
  });
});
