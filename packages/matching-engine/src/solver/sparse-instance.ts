/**
 * An assignment instance in compressed sparse row form: row `i`'s allowed columns are
 * `columns[rowStart[i] .. rowStart[i + 1])` with the matching `weights`. Only allowed pairs are
 * stored, so a 2,000 × 500 batch with half its pairs eligible costs 500,000 entries, not a matrix.
 */
export interface SparseInstance {
  readonly rowCount: number;
  readonly columnCount: number;
  readonly rowStart: Int32Array;
  readonly columns: Int32Array;
  readonly weights: Float64Array;
  readonly capacities: Int32Array;
}

/** Builds the sparse form from `(number | null)[][]` (null: forbidden) and per-column capacities. */
export function sparseFromDense(
  matrix: readonly (readonly (number | null)[])[],
  capacities: readonly number[],
): SparseInstance {
  const rowCount = matrix.length;
  const columnCount = capacities.length;
  let allowed = 0;
  for (const row of matrix) for (const weight of row) if (weight !== null) allowed++;
  const rowStart = new Int32Array(rowCount + 1);
  const columns = new Int32Array(allowed);
  const weights = new Float64Array(allowed);
  let next = 0;
  for (let i = 0; i < rowCount; i++) {
    const row = matrix[i] as readonly (number | null)[];
    for (let j = 0; j < row.length; j++) {
      const weight = row[j];
      if (weight === null || weight === undefined) continue;
      columns[next] = j;
      weights[next] = weight;
      next++;
    }
    rowStart[i + 1] = next;
  }
  return { rowCount, columnCount, rowStart, columns, weights, capacities: Int32Array.from(capacities) };
}
