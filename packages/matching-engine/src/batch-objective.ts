import { ObjectiveTooLargeError } from './errors.js';

/** Largest weight the solver can take exactly: it computes values up to 3 × the largest weight. */
const SOLVER_LIMIT = Math.floor(Number.MAX_SAFE_INTEGER / 3);
const MAX_SCORE = 100;

/**
 * The batch objective, lexicographic, most important first:
 *   1. the number of urgent clients matched,
 *   2. the number of clients matched,
 *   3. the total score of the matches,
 *   4. the total waiting rank of matched clients (those waiting longest first).
 *
 * It is encoded exactly as one integer weight per pair, for the max-weight solver:
 *   weight(i, j) = a·urgent(i) + b + c·score(i, j) + t(i)
 * with score ∈ [0, 100] and t(i) ∈ [0, T] integers, S the most clients that can be matched, and
 *   c = S·T + 1,   b = S·(100c + T) + 1,   a = S·(b + 100c + T) + 1.
 *
 * Why it is lexicographic: any matching has at most S pairs, so the total of the lower levels
 * under a level is between 0 and S × (the largest per-pair value of those levels), and each
 * level's unit exceeds that: Σt ≤ S·T < c; Σ(c·score + t) ≤ S·(100c + T) < b;
 * Σ(b + c·score + t) ≤ S·(b + 100c + T) < a. One more unit of a higher level therefore outweighs
 * any difference below it.
 *
 * Why it is exact: the largest weight is W = a + b + 100c + T = (S+1)²·(T·(100S+1) + 100) + S + 2
 * (expand the definitions). The solver computes nothing beyond 3W, so we require 3W < 2^53 and
 * choose T as large as that allows, up to one rank per client: for S = 2,000 clients T may reach
 * 3,749, more than the 1,999 ranks needed: W = 2001²·(1999·200001 + 100) + 2002 ≈ 1.60·10^15,
 * so 3W ≈ 4.8·10^15 < 2^53 ≈ 9.0·10^15. If fewer ranks fit, waiting ranks are grouped into T + 1 equal-width bands;
 * if not even T = 0 fits (S in the millions), ObjectiveTooLargeError. Totals per level are
 * summed separately in small integers, never from the weights.
 */
export interface BatchObjective {
  readonly urgentUnit: number;
  readonly matchUnit: number;
  readonly scoreUnit: number;
  /** Waiting bands 0..T. */
  readonly waitingBands: number;
  weightOf(urgent: boolean, score: number, waitingBand: number): number;
  bandOf(waitingRank: number): number;
}

/** `maxMatched` = S; `maxWaitingRank` = the largest waiting rank (clients − 1). */
export function batchObjective(maxMatched: number, maxWaitingRank: number): BatchObjective {
  const S = maxMatched;
  const largestWeight = (T: number) => (S + 1) ** 2 * (T * (100 * S + 1) + 100) + S + 2;
  if (largestWeight(0) > SOLVER_LIMIT) {
    throw new ObjectiveTooLargeError(`${S} possible matches are too many to rank exactly in one batch`);
  }
  let T = Math.max(0, maxWaitingRank);
  if (largestWeight(T) > SOLVER_LIMIT) {
    T = Math.floor(((SOLVER_LIMIT - S - 2) / (S + 1) ** 2 - 100) / (100 * S + 1));
    while (T > 0 && largestWeight(T) > SOLVER_LIMIT) T--;
  }
  const c = S * T + 1;
  const b = S * (MAX_SCORE * c + T) + 1;
  const a = S * (b + MAX_SCORE * c + T) + 1;
  return {
    urgentUnit: a,
    matchUnit: b,
    scoreUnit: c,
    waitingBands: T,
    weightOf: (urgent, score, waitingBand) => (urgent ? a : 0) + b + c * score + waitingBand,
    bandOf: (waitingRank) =>
      maxWaitingRank <= T ? waitingRank : Math.floor((waitingRank * T) / Math.max(1, maxWaitingRank)),
  };
}
