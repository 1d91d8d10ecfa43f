import { hasNoOverlap } from '@lantern/scheduling-engine';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  bucketsOf,
  busyTimeOf,
  CLAIM_BUCKET_MINUTES,
  type Claim,
  claimKey,
  claimsNeeded,
  commitClaims,
  MAX_TRANSACTION_ITEMS,
  type Occupancy,
  planClaims,
  transactionItems,
} from '../src/domain/index.js';

const WEEK = 10_080;
const claimsOf = (stored: Map<string, Claim>, keys: readonly string[]) =>
  keys.flatMap((key) => (stored.has(key) ? [stored.get(key) as Claim] : []));

/** Books through a snapshot of the store, as a handler would: read, plan, commit in one transaction. */
function book(stored: Map<string, Claim>, adding: Occupancy[], releasing: Occupancy[] = []) {
  const plan = planClaims(claimsOf(stored, claimsNeeded(adding, releasing)), adding, releasing);
  return plan.ok ? { plan, committed: commitClaims(stored, plan.writes) } : { plan, committed: false };
}

describe('time claims', () => {
  it('refuses a booking that overlaps an existing session of the peer, naming it', () => {
    // Prepare
    const stored = new Map<string, Claim>();
    book(stored, [{ sessionId: 'se_a', start: 1000, end: 1060, people: ['pr_1', 'cl_1'] }]);
    // Act
    const { plan } = book(stored, [{ sessionId: 'se_b', start: 1030, end: 1090, people: ['pr_1', 'cl_2'] }]);
    // Assess
    expect(plan).toEqual({ ok: false, conflicts: [{ start: 1030, sessionId: 'se_a' }] });
  });

  it('lets sessions that only touch ends sit side by side', () => {
    const stored = new Map<string, Claim>();
    book(stored, [{ sessionId: 'se_a', start: 1000, end: 1060, people: ['pr_1', 'cl_1'] }]);
    expect(book(stored, [{ sessionId: 'se_b', start: 1060, end: 1120, people: ['pr_1', 'cl_2'] }]).committed).toBe(
      true,
    );
  });

  it('lists every clash of a series with either person, once each', () => {
    const stored = new Map<string, Claim>();
    book(stored, [{ sessionId: 'se_peer', start: WEEK, end: WEEK + 60, people: ['pr_1', 'cl_9'] }]);
    book(stored, [{ sessionId: 'se_client', start: 3 * WEEK, end: 3 * WEEK + 60, people: ['pr_9', 'cl_1'] }]);
    const series = [0, 1, 2, 3].map((week) => ({
      sessionId: `se_${week}`,
      start: week * WEEK + 30,
      end: week * WEEK + 90,
      people: ['pr_1', 'cl_1'],
    }));
    expect(book(stored, series).plan).toEqual({
      ok: false,
      conflicts: [
        { start: WEEK + 30, sessionId: 'se_peer' },
        { start: 3 * WEEK + 30, sessionId: 'se_client' },
      ],
    });
  });

  it('lets a moved session overlap its own old time', () => {
    const stored = new Map<string, Claim>();
    const before = { sessionId: 'se_a', start: 1000, end: 1060, people: ['pr_1', 'cl_1'] };
    book(stored, [before]);
    const after = { ...before, start: 1030, end: 1090 };
    expect(book(stored, [after], [before]).committed).toBe(true);
    expect(stored.get(claimKey('pr_1', 0))?.entries).toEqual([{ sessionId: 'se_a', start: 1030, end: 1090 }]);
  });

  it('keeps a session across a bucket edge in both buckets', () => {
    expect(bucketsOf(CLAIM_BUCKET_MINUTES - 30, CLAIM_BUCKET_MINUTES + 30)).toEqual([0, 1]);
    expect(bucketsOf(CLAIM_BUCKET_MINUTES - 30, CLAIM_BUCKET_MINUTES)).toEqual([0]);
  });

  it('fits a 52-week series for two people, its sessions and the outbox item in one transaction', () => {
    // Any alignment of the first week against the buckets.
    for (let offset = 0; offset < CLAIM_BUCKET_MINUTES; offset += 1440) {
      const series = Array.from({ length: 52 }, (_, week) => ({
        sessionId: `se_${week}`,
        start: 30_000_000 + offset + week * WEEK,
        end: 30_000_000 + offset + week * WEEK + 180,
        people: ['pr_1', 'cl_1'],
      }));
      const items = transactionItems(series.length, claimsNeeded(series).length);
      expect(items).toBeLessThanOrEqual(MAX_TRANSACTION_ITEMS);
    }
  });

  it("gives a person's busy time from their claims, a session across two buckets once", () => {
    const stored = new Map<string, Claim>();
    book(stored, [
      {
        sessionId: 'se_edge',
        start: CLAIM_BUCKET_MINUTES - 30,
        end: CLAIM_BUCKET_MINUTES + 30,
        people: ['pr_1', 'cl_1'],
      },
    ]);
    book(stored, [{ sessionId: 'se_other', start: 100, end: 160, people: ['pr_2', 'cl_1'] }]);
    expect(busyTimeOf([...stored.values()], 'pr_1')).toEqual([
      { start: CLAIM_BUCKET_MINUTES - 30, end: CLAIM_BUCKET_MINUTES + 30 },
    ]);
    expect(busyTimeOf([...stored.values()], 'cl_1')).toHaveLength(2);
  });

  it('lets only one of two concurrent bookings of the same time commit', () => {
    // Prepare: both read the same (empty) claims
    const stored = new Map<string, Claim>();
    const a = [{ sessionId: 'se_a', start: 1000, end: 1060, people: ['pr_1', 'cl_1'] }];
    const b = [{ sessionId: 'se_b', start: 1000, end: 1060, people: ['pr_1', 'cl_2'] }];
    const planA = planClaims([], a);
    const planB = planClaims([], b);
    // Act
    const committedA = planA.ok && commitClaims(stored, planA.writes);
    const committedB = planB.ok && commitClaims(stored, planB.writes);
    // Assess: B's condition failed; on retry it sees A
    expect([committedA, committedB]).toEqual([true, false]);
    expect(book(stored, b).plan).toEqual({ ok: false, conflicts: [{ start: 1000, sessionId: 'se_a' }] });
  });
});

describe('time claims, properties', () => {
  const attempt = fc.record({
    peer: fc.constantFrom('pr_1', 'pr_2'),
    client: fc.constantFrom('cl_1', 'cl_2', 'cl_3'),
    start: fc.integer({ min: 0, max: 3 * CLAIM_BUCKET_MINUTES }),
    duration: fc.integer({ min: 15, max: 180 }),
    weeks: fc.integer({ min: 1, max: 6 }),
    /** How many commits ago this attempt read the store: a stale read is a concurrent booking. */
    staleness: fc.integer({ min: 0, max: 3 }),
  });

  it('never lets a person hold two overlapping sessions, however bookings interleave', () => {
    fc.assert(
      fc.property(fc.array(attempt, { minLength: 1, maxLength: 40 }), (attempts) => {
        const stored = new Map<string, Claim>();
        const history: Map<string, Claim>[] = [new Map(stored)];
        const booked: Occupancy[] = [];
        attempts.forEach((request, index) => {
          const adding = Array.from({ length: request.weeks }, (_, week) => ({
            sessionId: `se_${index}_${week}`,
            start: request.start + week * WEEK,
            end: request.start + week * WEEK + request.duration,
            people: [request.peer, request.client],
          }));
          const snapshot = history[Math.max(0, history.length - 1 - request.staleness)] as Map<string, Claim>;
          const plan = planClaims(claimsOf(snapshot, claimsNeeded(adding)), adding);
          if (plan.ok && commitClaims(stored, plan.writes)) {
            history.push(new Map(stored));
            booked.push(...adding);
          }
        });
        // Oracle: the engine's overlap check over every session whose transaction committed.
        const sessions = booked.map(({ sessionId, start, end, people }) => ({
          id: sessionId,
          start,
          end,
          participants: people,
        }));
        expect(hasNoOverlap(sessions)).toBe(true);
      }),
      { numRuns: 300 },
    );
  });

  it('books what does not clash, from a fresh read', () => {
    fc.assert(
      fc.property(fc.integer({ min: 0, max: 10_000_000 }), fc.integer({ min: 1, max: 52 }), (start, weeks) => {
        const adding = Array.from({ length: weeks }, (_, week) => ({
          sessionId: `se_${week}`,
          start: start + week * WEEK,
          end: start + week * WEEK + 60,
          people: ['pr_1', 'cl_1'],
        }));
        const stored = new Map<string, Claim>();
        expect(book(stored, adding).committed).toBe(true);
        expect(
          book(
            stored,
            adding.map((occupancy) => ({ ...occupancy, sessionId: `x${occupancy.sessionId}` })),
          ).plan.ok,
        ).toBe(false);
      }),
    );
  });
});
