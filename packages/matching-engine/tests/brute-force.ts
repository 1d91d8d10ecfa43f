/** Exhaustive optimum of a small instance: every row tries "unassigned" and every allowed column. */
export function bruteForceOptimum(weights: (number | null)[][], capacities: number[]): number {
  const room = [...capacities];
  const search = (row: number): number => {
    if (row === weights.length) return 0;
    let best = search(row + 1);
    (weights[row] ?? []).forEach((weight, j) => {
      if (weight === null || (room[j] ?? 0) === 0) return;
      room[j] = (room[j] ?? 0) - 1;
      best = Math.max(best, weight + search(row + 1));
      room[j] = (room[j] ?? 0) + 1;
    });
    return best;
  };
  return search(0);
}
