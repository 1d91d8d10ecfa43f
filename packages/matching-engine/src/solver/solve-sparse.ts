import { CandidateCache } from './candidate-cache.js';
import { MinHeap } from './min-heap.js';
import type { SparseInstance } from './sparse-instance.js';

export interface SolveOptions {
  /** Bids the warm-start auction may make (default 4 per row; 0 turns it off, e.g. in tests). */
  readonly warmStartBids?: number;
}

/** `assignment[i]` is row i's column or -1; `total` the sum of the assigned pairs' weights. */
export interface SparseSolution {
  readonly assignment: Int32Array;
  readonly total: number;
}

/**
 * Maximum-weight assignment with column capacities, exact, by shortest augmenting paths
 * (Hungarian / Jonker–Volgenant family; see docs/adr/0020-exact-batch-solver.md).
 *
 * Each row has a built-in "stay unassigned" option of weight 0, so the problem is a transportation
 * problem in which every row is routed somewhere. Rows are added one at a time; for each, a
 * Dijkstra search over columns (with reduced costs from the duals, so no negative edges) finds the
 * cheapest way to make room: move the new row into a column, possibly pushing one of that column's
 * rows on into another column, and so on, ending in a column with free capacity or with some row
 * on the path dropping out to "unassigned". Capacities are native: a column is one node with a
 * list of up to `capacity` rows, never replicated.
 *
 * Duals (the proof of optimality the search maintains):
 * - `price[j] ≥ 0` per column, and `price[j] > 0` only when column j is full;
 * - a row's value `u = weight(row, its column) − price[column]` (0 when unassigned) satisfies
 *   `u ≥ weight(row, j) − price[j]` for every allowed j, and `u ≥ 0`.
 * These are complementary-slack with the assignment, hence it is optimal when the last row is in.
 *
 * Numbers stay small: `u ≥ 0` on an assigned row gives `price ≤ weight ≤ W` (W the largest
 * weight); a search never goes past the distance of "start row stays unassigned" (`u_start ≤ W`);
 * so every value computed is below 3W. With integer weights and 3W < 2^53 all arithmetic is exact.
 *
 * Zero weights: equal-cost ties are broken towards a column with room, and a last pass gives any
 * unassigned row a column that still has room (necessarily through a 0-weight pair). The result
 * is a maximum-weight assignment that is also maximal: no unassigned row has an allowed column
 * with room left. It does not promise the most assigned rows among maximum-weight assignments.
 */
export function solveSparse(input: SparseInstance, options: SolveOptions = {}): SparseSolution {
  const instance = withoutClosedColumns(input);
  const { rowCount, columnCount, rowStart, columns, weights } = instance;
  const capacity = new Int32Array(columnCount);
  const slotStart = new Int32Array(columnCount + 1);
  for (let j = 0; j < columnCount; j++) {
    // No column can take more rows than there are: keeps the slot table small for huge capacities.
    capacity[j] = Math.min(instance.capacities[j] as number, rowCount);
    slotStart[j + 1] = (slotStart[j] as number) + (capacity[j] as number);
  }
  const slotRow = new Int32Array(slotStart[columnCount] as number);
  const load = new Int32Array(columnCount);
  const price = new Float64Array(columnCount);
  const rowColumn = new Int32Array(rowCount).fill(-1);
  const rowWeight = new Float64Array(rowCount);
  const rowSlot = new Int32Array(rowCount);

  // Search state, reset through `touched` so a search costs what it explores, not O(columns).
  const dist = new Float64Array(columnCount).fill(Number.POSITIVE_INFINITY);
  const done = new Uint8Array(columnCount);
  const predRow = new Int32Array(columnCount);
  const predWeight = new Float64Array(columnCount);
  const touched = new Int32Array(columnCount);
  const scanned = new Int32Array(columnCount);
  const heap = new MinHeap(1024);
  const shortlist = new CandidateCache(rowCount);

  const bids = options.warmStartBids ?? 4 * rowCount;
  auctionWarmStart(instance, capacity, { slotStart, slotRow, load, price, rowColumn, rowWeight, rowSlot }, bids);

  for (let start = 0; start < rowCount; start++) {
    const from = rowStart[start] as number;
    const to = rowStart[start + 1] as number;
    if (from === to || (rowColumn[start] as number) >= 0) continue;

    // The start row's value: its best profit, or 0 for staying unassigned.
    let best = 0;
    let freeProfit = Number.NEGATIVE_INFINITY;
    let freeColumn = -1;
    for (let e = from; e < to; e++) {
      const j = columns[e] as number;
      const profit = (weights[e] as number) - (price[j] as number);
      if (profit > best) best = profit;
      if (profit > freeProfit && (load[j] as number) < (capacity[j] as number)) {
        freeProfit = profit;
        freeColumn = j;
      }
    }
    // Fast path (most rows early on): a best column that still has room needs no search.
    if (freeColumn >= 0 && freeProfit >= best) {
      const slot = (slotStart[freeColumn] as number) + (load[freeColumn] as number);
      load[freeColumn] = (load[freeColumn] as number) + 1;
      slotRow[slot] = start;
      rowSlot[start] = slot;
      rowColumn[start] = freeColumn;
      rowWeight[start] = freeProfit; // a column with room has price 0
      continue;
    }

    let touchedCount = 0;
    let scannedCount = 0;
    heap.clear();
    // Distance of "this path ends with row nullRow dropping out to unassigned".
    let nullDistance = best;
    let nullRow = start;
    // No path longer than this can matter: it is the best end (room or drop-out) known so far.
    let bound = freeColumn >= 0 ? Math.min(nullDistance, best - freeProfit) : nullDistance;
    for (let e = from; e < to; e++) {
      const j = columns[e] as number;
      const w = weights[e] as number;
      const d = best - w + (price[j] as number);
      if (d <= bound && d < (dist[j] as number)) {
        if (dist[j] === Number.POSITIVE_INFINITY) touched[touchedCount++] = j;
        dist[j] = d;
        predRow[j] = start;
        predWeight[j] = w;
        heap.push(d, j);
      }
    }

    let endColumn = -1;
    let endDistance = 0;
    while (heap.size > 0) {
      const key = heap.topKey();
      const j = heap.topItem();
      if (done[j] === 1 || key !== dist[j]) {
        heap.pop();
        continue;
      }
      // Ties go to a column with room: it assigns a row where dropping out would not.
      if (key > nullDistance) break;
      heap.pop();
      if ((load[j] as number) < (capacity[j] as number)) {
        endColumn = j;
        endDistance = key;
        break;
      }
      done[j] = 1;
      scanned[scannedCount++] = j;
      const columnPrice = price[j] as number;
      const slotEnd = (slotStart[j] as number) + (load[j] as number);
      for (let slot = slotStart[j] as number; slot < slotEnd; slot++) {
        const r = slotRow[slot] as number;
        const base = key + (rowWeight[r] as number) - columnPrice;
        if (base < nullDistance) {
          nullDistance = base;
          nullRow = r;
          if (base < bound) bound = base;
        }
        // Only columns with profit ≥ base − bound can lie on a path that still matters.
        const needed = base - bound;
        let useShortlist = (shortlist.ceiling[r] as number) < needed;
        if (!useShortlist) {
          // Keep some margin below what this search needs, so later searches can reuse the list.
          const threshold = needed - (bound - key);
          shortlist.rebuild(r, rowStart[r] as number, rowStart[r + 1] as number, threshold, columns, weights, price);
          useShortlist = (shortlist.ceiling[r] as number) < needed;
        }
        const listColumns = useShortlist ? shortlist.columns : columns;
        const listWeights = useShortlist ? shortlist.weights : weights;
        const listFrom = useShortlist ? r * CandidateCache.K : (rowStart[r] as number);
        const listTo = useShortlist ? listFrom + (shortlist.counts[r] as number) : (rowStart[r + 1] as number);
        for (let e = listFrom; e < listTo; e++) {
          const k = listColumns[e] as number;
          if (done[k] === 1) continue;
          const w = listWeights[e] as number;
          const d = base - w + (price[k] as number);
          if (d <= bound && d < (dist[k] as number)) {
            if (dist[k] === Number.POSITIVE_INFINITY) touched[touchedCount++] = k;
            dist[k] = d;
            predRow[k] = r;
            predWeight[k] = w;
            heap.push(d, k);
            if (d < bound && (load[k] as number) < (capacity[k] as number)) bound = d;
          }
        }
      }
    }
    if (endColumn < 0) endDistance = nullDistance;

    // Dual update: every column settled before the end gets dearer by how much closer it was.
    for (let s = 0; s < scannedCount; s++) {
      const j = scanned[s] as number;
      price[j] = (price[j] as number) + endDistance - (dist[j] as number);
    }

    // Augment along the predecessor chain, from the end back to the start row.
    let column = endColumn;
    let slot = -1;
    if (endColumn >= 0) {
      slot = (slotStart[endColumn] as number) + (load[endColumn] as number);
      load[endColumn] = (load[endColumn] as number) + 1;
    } else if (nullRow !== start) {
      column = rowColumn[nullRow] as number;
      slot = rowSlot[nullRow] as number;
      rowColumn[nullRow] = -1;
      rowWeight[nullRow] = 0;
    }
    while (column >= 0) {
      const r = predRow[column] as number;
      const previousColumn = rowColumn[r] as number;
      const previousSlot = rowSlot[r] as number;
      slotRow[slot] = r;
      rowSlot[r] = slot;
      rowColumn[r] = column;
      rowWeight[r] = predWeight[column] as number;
      if (r === start) break;
      column = previousColumn;
      slot = previousSlot;
    }

    for (let t = 0; t < touchedCount; t++) {
      const j = touched[t] as number;
      dist[j] = Number.POSITIVE_INFINITY;
      done[j] = 0;
    }
  }

  fillRemainingRoom(instance, capacity, load, rowColumn, rowWeight);
  let total = 0;
  for (let i = 0; i < rowCount; i++) total += rowWeight[i] as number;
  return { assignment: rowColumn, total };
}

/** The assignment and its column prices, shared by the warm start and the exact search. */
interface AssignmentState {
  readonly slotStart: Int32Array;
  readonly slotRow: Int32Array;
  readonly load: Int32Array;
  readonly price: Float64Array;
  readonly rowColumn: Int32Array;
  readonly rowWeight: Float64Array;
  readonly rowSlot: Int32Array;
}

/**
 * A short auction (Bertsekas) that assigns most rows cheaply and sets prices near their final
 * values, so the exact search afterwards has few rows to add and short paths to find.
 *
 * It keeps the search's invariants exactly (no ε): a row takes its most profitable column and
 * records `cap`, the highest price of that column at which it still prefers it to every other
 * column and to staying unassigned (prices only rise, so the cap stays safe). A full column
 * admits a bidder only by evicting the member with the lowest cap, and its price rises to the
 * lowest cap of those who remain. Ties can make bids go round in circles, so the auction stops
 * after a fixed number of bids; whoever is still unassigned is left to the exact search.
 */
function auctionWarmStart(instance: SparseInstance, capacity: Int32Array, state: AssignmentState, bids: number): void {
  const { rowCount, rowStart, columns, weights } = instance;
  const { slotStart, slotRow, load, price, rowColumn, rowWeight, rowSlot } = state;
  const cap = new Float64Array(rowCount);
  const queue = new Int32Array(rowCount);
  let head = 0;
  let queued = 0;
  for (let i = 0; i < rowCount; i++) if ((rowStart[i + 1] as number) > (rowStart[i] as number)) queue[queued++] = i;
  let budget = bids;
  while (queued > 0 && budget-- > 0) {
    const row = queue[head] as number;
    head = head + 1 === rowCount ? 0 : head + 1;
    queued--;
    let best = Number.NEGATIVE_INFINITY;
    let second = 0; // staying unassigned
    let bestColumn = -1;
    let bestWeight = 0;
    const rowEnd = rowStart[row + 1] as number;
    for (let e = rowStart[row] as number; e < rowEnd; e++) {
      const j = columns[e] as number;
      const w = weights[e] as number;
      const profit = w - (price[j] as number);
      if (profit > best) {
        if (best > second) second = best;
        best = profit;
        bestColumn = j;
        bestWeight = w;
      } else if (profit > second) {
        second = profit;
      }
    }
    if (best <= 0) continue; // staying unassigned is as good: the exact search decides
    const bid = bestWeight - second;
    const first = slotStart[bestColumn] as number;
    if ((load[bestColumn] as number) < (capacity[bestColumn] as number)) {
      const slot = first + (load[bestColumn] as number);
      load[bestColumn] = (load[bestColumn] as number) + 1;
      slotRow[slot] = row;
      rowSlot[row] = slot;
      rowColumn[row] = bestColumn;
      rowWeight[row] = bestWeight;
      cap[row] = bid;
      continue;
    }
    const end = first + (load[bestColumn] as number);
    let lowestSlot = first;
    for (let slot = first + 1; slot < end; slot++) {
      if ((cap[slotRow[slot] as number] as number) < (cap[slotRow[lowestSlot] as number] as number)) lowestSlot = slot;
    }
    const evicted = slotRow[lowestSlot] as number;
    let loser = row;
    if (bid > (cap[evicted] as number)) {
      rowColumn[evicted] = -1;
      rowWeight[evicted] = 0;
      slotRow[lowestSlot] = row;
      rowSlot[row] = lowestSlot;
      rowColumn[row] = bestColumn;
      rowWeight[row] = bestWeight;
      cap[row] = bid;
      loser = evicted;
      let lowestCap = Number.POSITIVE_INFINITY;
      for (let slot = first; slot < end; slot++) {
        const memberCap = cap[slotRow[slot] as number] as number;
        if (memberCap < lowestCap) lowestCap = memberCap;
      }
      price[bestColumn] = lowestCap;
    } else {
      price[bestColumn] = bid;
    }
    queue[(head + queued) % rowCount] = loser;
    queued++;
  }
}

/** Gives unassigned rows any allowed column with room left; only 0-weight pairs can remain so. */
function fillRemainingRoom(
  instance: SparseInstance,
  capacity: Int32Array,
  load: Int32Array,
  rowColumn: Int32Array,
  rowWeight: Float64Array,
): void {
  const { rowCount, rowStart, columns, weights } = instance;
  for (let i = 0; i < rowCount; i++) {
    if (rowColumn[i] !== -1) continue;
    const rowEnd = rowStart[i + 1] as number;
    for (let e = rowStart[i] as number; e < rowEnd; e++) {
      const j = columns[e] as number;
      if ((load[j] as number) < (capacity[j] as number)) {
        load[j] = (load[j] as number) + 1;
        rowColumn[i] = j;
        rowWeight[i] = weights[e] as number;
        break;
      }
    }
  }
}

/**
 * Drops pairs with a capacity-0 column: such a column can never be used, and leaving it in would
 * let the search raise its price without bound (no assigned row caps it).
 */
function withoutClosedColumns(instance: SparseInstance): SparseInstance {
  const { rowCount, rowStart, columns, weights, capacities } = instance;
  if (capacities.every((c) => c > 0)) return instance;
  const keptStart = new Int32Array(rowCount + 1);
  const keptColumns = new Int32Array(columns.length);
  const keptWeights = new Float64Array(weights.length);
  let next = 0;
  for (let i = 0; i < rowCount; i++) {
    for (let e = rowStart[i] as number; e < (rowStart[i + 1] as number); e++) {
      const j = columns[e] as number;
      if ((capacities[j] as number) <= 0) continue;
      keptColumns[next] = j;
      keptWeights[next] = weights[e] as number;
      next++;
    }
    keptStart[i + 1] = next;
  }
  return {
    ...instance,
    rowStart: keptStart,
    columns: keptColumns.subarray(0, next),
    weights: keptWeights.subarray(0, next),
  };
}
