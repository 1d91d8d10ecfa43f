import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { InvalidInstanceError, maxWeightAssignment } from '../src/index.js';
import { bruteForceOptimum } from './brute-force.js';

/** Small random instances: up to 7 rows × 4 columns, capacities 0–3, some pairs forbidden. */
const smallInstance = fc
  .record({ rows: fc.integer({ min: 0, max: 7 }), columns: fc.integer({ min: 1, max: 4 }) })
  .chain(({ rows, columns }) =>
    fc.record({
      weights: fc.array(
        fc.array(fc.option(fc.integer({ min: 0, max: 20 }), { nil: null, freq: 3 }), {
          minLength: columns,
          maxLength: columns,
        }),
        { minLength: rows, maxLength: rows },
      ),
      capacities: fc.array(fc.integer({ min: 0, max: 3 }), { minLength: columns, maxLength: columns }),
    }),
  );

function sumOfAssigned(weights: (number | null)[][], assignment: (number | null)[]): number {
  return assignment.reduce<number>((sum, column, i) => sum + (column === null ? 0 : (weights[i]?.[column] ?? NaN)), 0);
}

describe('maxWeightAssignment', () => {
  it('finds the same total as an exhaustive search on small random instances', () => {
    fc.assert(
      fc.property(smallInstance, ({ weights, capacities }) => {
        // Act
        const result = maxWeightAssignment(weights, capacities);
        // Assess
        expect(result.total).toBe(bruteForceOptimum(weights, capacities));
        expect(sumOfAssigned(weights, result.assignment)).toBe(result.total);
      }),
      { numRuns: 400 },
    );
  });

  it('never exceeds a column capacity and never assigns a forbidden pair', () => {
    fc.assert(
      fc.property(smallInstance, ({ weights, capacities }) => {
        // Act
        const { assignment } = maxWeightAssignment(weights, capacities);
        // Assess
        const load = capacities.map(() => 0);
        assignment.forEach((column, i) => {
          if (column === null) return;
          expect(weights[i]?.[column]).not.toBeNull();
          load[column] = (load[column] ?? 0) + 1;
        });
        load.forEach((used, j) => {
          expect(used).toBeLessThanOrEqual(capacities[j] ?? 0);
        });
      }),
      { numRuns: 300 },
    );
  });

  it('reaches the same total whatever the order of rows and columns', () => {
    fc.assert(
      fc.property(smallInstance, fc.integer(), ({ weights, capacities }, seed) => {
        // Prepare: a seeded shuffle of rows and of columns
        const rowOrder = shuffled(weights.length, seed);
        const columnOrder = shuffled(capacities.length, seed + 1);
        const permuted = rowOrder.map((i) => columnOrder.map((j) => weights[i]?.[j] ?? null));
        const permutedCapacities = columnOrder.map((j) => capacities[j] ?? 0);
        // Act
        const original = maxWeightAssignment(weights, capacities);
        const reordered = maxWeightAssignment(permuted, permutedCapacities);
        // Assess
        expect(reordered.total).toBe(original.total);
      }),
      { numRuns: 300 },
    );
  });

  it('leaves no unassigned row with an allowed column that still has room', () => {
    fc.assert(
      fc.property(smallInstance, ({ weights, capacities }) => {
        // Act
        const { assignment } = maxWeightAssignment(weights, capacities);
        // Assess
        const room = [...capacities];
        for (const column of assignment) if (column !== null) room[column] = (room[column] ?? 0) - 1;
        assignment.forEach((column, i) => {
          if (column !== null) return;
          weights[i]?.forEach((weight, j) => {
            if (weight !== null) expect(room[j]).toBe(0);
          });
        });
      }),
      { numRuns: 300 },
    );
  });

  it('assigns zero-weight pairs when a column has room', () => {
    // Prepare
    const weights = [[0], [0], [null]];
    // Act
    const result = maxWeightAssignment(weights, [2]);
    // Assess
    expect(result).toEqual({ assignment: [0, 0, null], total: 0 });
  });

  it('displaces a row to a second choice when that raises the total', () => {
    // Prepare: row 0 prefers column 0 alone, but row 1 can only use column 0
    const weights = [
      [10, 9],
      [8, null],
    ];
    // Act
    const result = maxWeightAssignment(weights, [1, 1]);
    // Assess
    expect(result).toEqual({ assignment: [1, 0], total: 17 });
  });

  it('rejects negative weights and ragged rows with an InvalidInstanceError', () => {
    // Act / Assess
    expect(() => maxWeightAssignment([[-1]], [1])).toThrow(InvalidInstanceError);
    expect(() => maxWeightAssignment([[1, 2]], [1])).toThrow(InvalidInstanceError);
    expect(() => maxWeightAssignment([[1]], [1.5])).toThrow(InvalidInstanceError);
  });
});

function shuffled(length: number, seed: number): number[] {
  const order = Array.from({ length }, (_, i) => i);
  let state = seed >>> 0 || 1;
  for (let i = length - 1; i > 0; i--) {
    state = (state * 1_103_515_245 + 12_345) >>> 0;
    const j = state % (i + 1);
    [order[i], order[j]] = [order[j] as number, order[i] as number];
  }
  return order;
}
