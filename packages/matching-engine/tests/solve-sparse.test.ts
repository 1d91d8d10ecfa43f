import fc from 'fast-check';
import { munkres } from 'munkres';
import { describe, expect, it } from 'vitest';
import { solveSparse } from '../src/solver/solve-sparse.js';
import { sparseFromDense } from '../src/solver/sparse-instance.js';
import { bruteForceOptimum } from './brute-force.js';

/** Instances where many rows want the same columns: weights = column quality + small noise. */
const competingInstance = fc
  .record({ rows: fc.integer({ min: 1, max: 40 }), columns: fc.integer({ min: 1, max: 10 }) })
  .chain(({ rows, columns }) =>
    fc.record({
      quality: fc.array(fc.integer({ min: 0, max: 50 }), { minLength: columns, maxLength: columns }),
      noise: fc.array(
        fc.array(fc.option(fc.integer({ min: 0, max: 5 }), { nil: null, freq: 4 }), {
          minLength: columns,
          maxLength: columns,
        }),
        {
          minLength: rows,
          maxLength: rows,
        },
      ),
      capacities: fc.array(fc.integer({ min: 0, max: 4 }), { minLength: columns, maxLength: columns }),
    }),
  )
  .map(({ quality, noise, capacities }) => ({
    weights: noise.map((row) => row.map((n, j) => (n === null ? null : (quality[j] ?? 0) + n))),
    capacities,
  }));

describe('solveSparse', () => {
  it('finds the exhaustive optimum with the warm-start auction turned off', () => {
    fc.assert(
      fc.property(
        competingInstance.filter(({ weights }) => weights.length <= 7),
        ({ weights, capacities }) => {
          // Act
          const { total } = solveSparse(sparseFromDense(weights, capacities), { warmStartBids: 0 });
          // Assess
          expect(total).toBe(bruteForceOptimum(weights, capacities));
        },
      ),
      { numRuns: 200 },
    );
  });

  it('reaches the same total on competing instances whatever the warm start does', () => {
    fc.assert(
      fc.property(competingInstance, fc.integer({ min: 0, max: 200 }), ({ weights, capacities }, bids) => {
        // Prepare
        const instance = sparseFromDense(weights, capacities);
        // Act
        const cold = solveSparse(instance, { warmStartBids: 0 });
        const warm = solveSparse(instance, { warmStartBids: bids });
        // Assess
        expect(warm.total).toBe(cold.total);
      }),
      { numRuns: 200 },
    );
  });

  it('agrees with munkres on the column-expanded matrix of larger competing instances', () => {
    fc.assert(
      fc.property(competingInstance, ({ weights, capacities }) => {
        // Prepare: one munkres column per place; a forbidden pair costs as much as staying unassigned
        const slots = capacities.flatMap((capacity, j) => Array.from({ length: capacity }, () => j));
        const largest = Math.max(0, ...weights.flat().map((w) => w ?? 0));
        const cost = weights.map((row) => slots.map((j) => largest - (row[j] ?? 0)));
        // Act
        const ours = solveSparse(sparseFromDense(weights, capacities)).total;
        const pairs = slots.length === 0 ? [] : munkres(cost);
        // Assess
        const theirs = pairs.reduce((sum, [i, slot]) => sum + largest - (cost[i]?.[slot] ?? largest), 0);
        expect(ours).toBe(theirs);
      }),
      { numRuns: 150 },
    );
  });
});
