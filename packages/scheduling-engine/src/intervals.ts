import type { Interval } from './availability.js';

/** Sorts by start and joins intervals that overlap or touch: [1,3) + [3,5) = [1,5). */
export function mergeIntervals(intervals: Interval[]): Interval[] {
  if (intervals.length < 2) return intervals.slice();
  const sorted = intervals.slice().sort((a, b) => a.start - b.start);
  const merged: Interval[] = [];
  let current = { ...(sorted[0] as Interval) };
  for (let i = 1; i < sorted.length; i++) {
    const next = sorted[i] as Interval;
    if (next.start <= current.end) {
      if (next.end > current.end) current.end = next.end;
    } else {
      merged.push(current);
      current = { ...next };
    }
  }
  merged.push(current);
  return merged;
}

/** Intersection of two sorted, merged lists (linear sweep). */
export function intersectIntervals(a: readonly Interval[], b: readonly Interval[]): Interval[] {
  const result: Interval[] = [];
  let i = 0;
  let j = 0;
  while (i < a.length && j < b.length) {
    const x = a[i] as Interval;
    const y = b[j] as Interval;
    const start = Math.max(x.start, y.start);
    const end = Math.min(x.end, y.end);
    if (start < end) result.push({ start, end });
    if (x.end < y.end) i++;
    else j++;
  }
  return result;
}

/** `from` minus `remove`, both sorted and merged (linear sweep). */
export function subtractIntervals(from: readonly Interval[], remove: readonly Interval[]): Interval[] {
  if (remove.length === 0) return from.slice();
  const result: Interval[] = [];
  let j = 0;
  for (const interval of from) {
    let start = interval.start;
    while (j < remove.length && (remove[j] as Interval).end <= start) j++;
    let k = j;
    while (k < remove.length && (remove[k] as Interval).start < interval.end) {
      const cut = remove[k] as Interval;
      if (cut.start > start) result.push({ start, end: cut.start });
      if (cut.end > start) start = cut.end;
      k++;
    }
    if (start < interval.end) result.push({ start, end: interval.end });
  }
  return result;
}

/** Keeps only the parts inside [from, to). */
export function clipIntervals(intervals: readonly Interval[], from: number, to: number): Interval[] {
  const result: Interval[] = [];
  for (const { start, end } of intervals) {
    const clippedStart = Math.max(start, from);
    const clippedEnd = Math.min(end, to);
    if (clippedStart < clippedEnd) result.push({ start: clippedStart, end: clippedEnd });
  }
  return result;
}
