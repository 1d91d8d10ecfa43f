import type { BatchProblem } from '../src/batch-problem.js';

/**
 * The baseline a coordinator would do by hand: clients in priority order (urgent first, then
 * longest waiting), each takes their best-scoring eligible peer who still has a free place.
 */
export function greedyAssignment(problem: BatchProblem): Int32Array {
  const { instance, scores, clients, waitingRank } = problem;
  const { rowCount, rowStart, columns, capacities } = instance;
  const room = Int32Array.from(capacities);
  const order = Array.from({ length: rowCount }, (_, i) => i).sort(
    (x, y) =>
      Number(clients[y]?.profile.urgent) - Number(clients[x]?.profile.urgent) ||
      (waitingRank[y] as number) - (waitingRank[x] as number) ||
      x - y,
  );
  const assignment = new Int32Array(rowCount).fill(-1);
  for (const i of order) {
    let best = -1;
    let bestScore = -1;
    for (let e = rowStart[i] as number; e < (rowStart[i + 1] as number); e++) {
      const j = columns[e] as number;
      if ((room[j] as number) > 0 && (scores[e] as number) > bestScore) {
        best = j;
        bestScore = scores[e] as number;
      }
    }
    if (best >= 0) {
      assignment[i] = best;
      room[best] = (room[best] as number) - 1;
    }
  }
  return assignment;
}
