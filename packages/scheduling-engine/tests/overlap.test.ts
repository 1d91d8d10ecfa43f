import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { type BookedSession, findOverlaps, hasNoOverlap } from '../src/index.js';

const session = (id: string, start: number, end: number, ...participants: string[]): BookedSession => ({
  id,
  start,
  end,
  participants,
});

describe('findOverlaps', () => {
  it('does not count touching ends as an overlap', () => {
    // Prepare
    const sessions = [session('a', 540, 600, 'pr_1', 'cl_1'), session('b', 600, 660, 'pr_1', 'cl_2')];

    // Act
    const overlaps = findOverlaps(sessions);

    // Assess
    expect(overlaps).toEqual([]);
  });

  it('reports the person and both sessions when one person is booked twice at once', () => {
    // Prepare
    const sessions = [session('a', 540, 600, 'pr_1', 'cl_1'), session('b', 570, 630, 'pr_2', 'cl_1')];

    // Act
    const overlaps = findOverlaps(sessions);

    // Assess
    expect(overlaps).toEqual([{ personId: 'cl_1', sessionIds: ['a', 'b'] }]);
  });

  it('ignores sessions of different people at the same time', () => {
    // Prepare
    const sessions = [session('a', 540, 600, 'pr_1', 'cl_1'), session('b', 540, 600, 'pr_2', 'cl_2')];

    // Act
    const noOverlap = hasNoOverlap(sessions);

    // Assess
    expect(noOverlap).toBe(true);
  });

  it('finds a session nested inside a long one after a short one in between', () => {
    // Prepare: [0,300) holds [60,120) and [200,250).
    const sessions = [session('long', 0, 300, 'pr_1'), session('x', 60, 120, 'pr_1'), session('y', 200, 250, 'pr_1')];

    // Act
    const overlaps = findOverlaps(sessions);

    // Assess
    expect(overlaps).toEqual([
      { personId: 'pr_1', sessionIds: ['long', 'x'] },
      { personId: 'pr_1', sessionIds: ['long', 'y'] },
    ]);
  });
});

const people = ['pr_1', 'pr_2', 'cl_1', 'cl_2', 'cl_3'];
const sessionsArbitrary = fc.array(
  fc.record({
    start: fc.integer({ min: 0, max: 2000 }),
    length: fc.integer({ min: 1, max: 200 }),
    peer: fc.constantFrom(...people.slice(0, 2)),
    client: fc.constantFrom(...people.slice(2)),
  }),
  { maxLength: 30 },
);
const pairwiseOverlap = (a: BookedSession, b: BookedSession) =>
  a.start < b.end && b.start < a.end && a.participants.some((person) => b.participants.includes(person));

describe('overlap properties', () => {
  it('never lets a booked set overlap when each booking is accepted only if the check passes', () => {
    fc.assert(
      fc.property(sessionsArbitrary, (requests) => {
        // Prepare
        const booked: BookedSession[] = [];

        // Act: book like the service does, one request at a time.
        requests.forEach(({ start, length, peer, client }, index) => {
          const candidate = session(`s${index}`, start, start + length, peer, client);
          if (hasNoOverlap([...booked, candidate])) booked.push(candidate);
        });

        // Assess: no two booked sessions share a person and a minute.
        for (const a of booked) for (const b of booked) if (a !== b) expect(pairwiseOverlap(a, b)).toBe(false);
      }),
      { numRuns: 300 },
    );
  });

  it('agrees with a pairwise check on whether any overlap exists', () => {
    fc.assert(
      fc.property(sessionsArbitrary, (requests) => {
        // Prepare
        const sessions = requests.map(({ start, length, peer, client }, index) =>
          session(`s${index}`, start, start + length, peer, client),
        );
        const expected = sessions.some((a, i) => sessions.some((b, j) => i < j && pairwiseOverlap(a, b)));

        // Act
        const found = findOverlaps(sessions).length > 0;

        // Assess
        expect(found).toBe(expected);
      }),
      { numRuns: 300 },
    );
  });
});
