/**
 * Per-row shortlist of its most profitable columns, so that a search scanning a row rarely reads
 * all of the row's pairs.
 *
 * For each row: up to `K` columns (with their weights) whose profit (weight − price) was at least
 * a threshold when the list was built, and `ceiling[row]`, the highest profit among the row's
 * other columns at that time. Prices only rise during a solve, so profits only fall and `ceiling`
 * stays an upper bound on every column left out. A search that needs only columns with profit
 * above the ceiling reads the shortlist alone; otherwise it reads the whole row and rebuilds.
 */
export class CandidateCache {
  static readonly K = 32;
  readonly columns: Int32Array;
  readonly weights: Float64Array;
  readonly counts: Uint8Array;
  readonly ceiling: Float64Array;

  constructor(rowCount: number) {
    this.columns = new Int32Array(rowCount * CandidateCache.K);
    this.weights = new Float64Array(rowCount * CandidateCache.K);
    this.counts = new Uint8Array(rowCount);
    this.ceiling = new Float64Array(rowCount).fill(Number.POSITIVE_INFINITY);
  }

  /**
   * Rebuilds row `row`'s shortlist from its pairs `[from, to)` at the current prices, keeping
   * columns with profit ≥ `threshold` (the first K of them; the rest count towards the ceiling).
   */
  rebuild(
    row: number,
    from: number,
    to: number,
    threshold: number,
    columns: Int32Array,
    weights: Float64Array,
    price: Float64Array,
  ): void {
    const K = CandidateCache.K;
    const offset = row * K;
    const listColumns = this.columns;
    const listWeights = this.weights;
    let count = 0;
    let ceiling = Number.NEGATIVE_INFINITY;
    for (let e = from; e < to; e++) {
      const j = columns[e] as number;
      const w = weights[e] as number;
      const profit = w - (price[j] as number);
      if (profit >= threshold && count < K) {
        listColumns[offset + count] = j;
        listWeights[offset + count] = w;
        count++;
      } else if (profit > ceiling) {
        ceiling = profit;
      }
    }
    this.counts[row] = count;
    this.ceiling[row] = ceiling;
  }
}
