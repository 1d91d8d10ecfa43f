import type { Interval } from './availability.js';

/** Sorts by start and joins intervals that overlap or touch: [1,3) + [3,5) = [1,5). */
export function mergeIntervals(intervals: Interval[]): Interval[] {
  if (intervals.length < 2) return intervals.slice();
  let inOrder = true;
  for (let i = 1; i < intervals.length && inOrder; i++) {
    inOrder = (intervals[i - 1] as Interval).start <= (intervals[i] as Interval).start;
  }
  // Sessions and windows usually arrive sorted: skip the sort then.
  const sorted = inOrder ? intervals : intervals.slice().sort((a, b) => a.start - b.start);
  const merged: Interval[] = [];
  const first = sorted[0] as Interval;
  let current = { start: first.start, end: first.end };
  for (let i = 1; i < sorted.length; i++) {
    const next = sorted[i] as Interval;
    if (next.start <= current.end) {
      if (next.end > current.end) current.end = next.end;
    } else {
      merged.push(current);
      current = { start: next.start, end: next.end };
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
