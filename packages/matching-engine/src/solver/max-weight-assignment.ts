import { InvalidInstanceError } from '../errors.js';
import { solveSparse } from './solve-sparse.js';
import { sparseFromDense } from './sparse-instance.js';

/**
 * Exact maximum-weight assignment of rows (clients) to columns (peers).
 *
 * `weights[i][j]` is the value of giving row i to column j, `null` when the pair is forbidden;
 * weights are finite and ≥ 0. Each row is assigned at most once and column j at most
 * `capacities[j]` times; the sum of the assigned weights is maximised. `assignment[i]` is row i's
 * column or `null`. The assignment is exact for integer weights whose largest value W has
 * 3W < 2^53 (`total` is their floating-point sum, exact while it stays below 2^53); with
 * fractional weights it is optimal up to floating-point rounding.
 *
 * Zero weights: a row is left unassigned only when no allowed column has room left at the end, so
 * 0-weight pairs are used when there is room; the number of assigned rows is otherwise not
 * maximised among the maximum-weight assignments (encode that in the weights if it matters, as
 * the batch match does).
 */
export function maxWeightAssignment(
  weights: readonly (readonly (number | null)[])[],
  capacities: readonly number[],
): { assignment: (number | null)[]; total: number } {
  validate(weights, capacities);
  const { assignment, total } = solveSparse(sparseFromDense(weights, capacities));
  return { assignment: Array.from(assignment, (column) => (column < 0 ? null : column)), total };
}

function validate(weights: readonly (readonly (number | null)[])[], capacities: readonly number[]): void {
  capacities.forEach((capacity, j) => {
    if (!Number.isSafeInteger(capacity) || capacity < 0) {
      throw new InvalidInstanceError(`capacities[${j}] must be a non-negative integer, got ${capacity}`);
    }
  });
  weights.forEach((row, i) => {
    if (row.length !== capacities.length) {
      throw new InvalidInstanceError(`row ${i} has ${row.length} weights for ${capacities.length} columns`);
    }
    row.forEach((weight, j) => {
      if (weight !== null && !(Number.isFinite(weight) && weight >= 0)) {
        throw new InvalidInstanceError(`weights[${i}][${j}] must be null or a finite number ≥ 0, got ${weight}`);
      }
    });
  });
}
