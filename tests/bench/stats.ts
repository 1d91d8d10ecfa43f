/** Median and p95 of repeated measurements (nearest-rank). */
export function summarise(samples: readonly number[]): { median: number; p95: number; runs: number } {
  const sorted = [...samples].sort((a, b) => a - b);
  const at = (q: number) =>
    sorted[Math.min(sorted.length - 1, Math.max(0, Math.ceil(q * sorted.length) - 1))] ?? Number.NaN;
  return { median: round(at(0.5)), p95: round(at(0.95)), runs: sorted.length };
}

export const round = (value: number, digits = 1) => Math.round(value * 10 ** digits) / 10 ** digits;
