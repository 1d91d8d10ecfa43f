import type { WeeklyWindow } from '@lantern/contracts';
import { mergeIntervals, subtractIntervals } from './intervals.js';
import { epochDayOf, MINUTES_PER_DAY, minuteOfDay, weekdayIndexOfEpochDay } from './minutes.js';
import { utcOfLocal, type ZoneTable, zoneTable } from './zoneTable.js';

/** Half-open interval [start, end) in epoch MINUTES (UTC). */
export interface Interval {
  start: number;
  end: number;
}

/** A dated exception in the owner's zone: whole local day(s) off, or a local time range. */
export interface AvailabilityException {
  date: string /* YYYY-MM-DD local */;
  start?: string /* HH:MM */;
  end?: string /* HH:MM or 24:00 */;
  reason?: string;
}

const WEEKDAY_INDEX = { mon: 0, tue: 1, wed: 2, thu: 3, fri: 4, sat: 5, sun: 6 } as const;

/**
 * Weekly windows reduced to integers, sorted by weekday and start, in one reused array: each is
 * `weekday << 22 | start << 11 | end` (minutes of day fit in 11 bits). No objects per window: this
 * runs for every peer on every search.
 */
const compiled = { keys: [] as number[], dayFirst: new Int32Array(8) };

function compileWindows(windows: readonly WeeklyWindow[]): void {
  const { keys, dayFirst } = compiled;
  keys.length = 0;
  for (const window of windows) {
    const start = minuteOfDay(window.start);
    const end = minuteOfDay(window.end, true);
    if (end > start) keys.push((WEEKDAY_INDEX[window.day] << 22) | (start << 11) | end);
  }
  // Insertion sort: a person has a handful of windows.
  for (let i = 1; i < keys.length; i++) {
    const key = keys[i] as number;
    let j = i - 1;
    while (j >= 0 && (keys[j] as number) > key) {
      keys[j + 1] = keys[j] as number;
      j--;
    }
    keys[j + 1] = key;
  }
  let index = 0;
  for (let weekday = 0; weekday < 7; weekday++) {
    dayFirst[weekday] = index;
    while (index < keys.length && (keys[index] as number) >> 22 === weekday) index++;
  }
  dayFirst[7] = keys.length;
}

/** A dated exception as a local-minute range [start, end) (wall-clock, not yet an instant). */
export function localRangeOfException(exception: AvailabilityException): Interval {
  const dayStart = epochDayOf(exception.date) * MINUTES_PER_DAY;
  const start = exception.start === undefined ? 0 : minuteOfDay(exception.start);
  const end = exception.end === undefined ? MINUTES_PER_DAY : minuteOfDay(exception.end, true);
  return { start: dayStart + start, end: dayStart + end };
}

/** The same expansion with a zone table the caller already holds (used in bulk by open slots). */
export function expandWithTable(
  windows: readonly WeeklyWindow[],
  table: ZoneTable,
  range: { from: number; to: number },
  exceptions: readonly AvailabilityException[] = [],
): Interval[] {
  compileWindows(windows);
  const { keys, dayFirst } = compiled;
  // Offsets lie within ±14 h, so one local day of margin each side covers the whole UTC range.
  const firstDay = Math.floor(range.from / MINUTES_PER_DAY) - 1;
  const lastDay = Math.floor(range.to / MINUTES_PER_DAY) + 1;
  const { from, to } = range;
  const open: Interval[] = [];
  let last: Interval | undefined;
  let inOrder = true;
  let weekday = weekdayIndexOfEpochDay(firstDay);
  for (let day = firstDay; day <= lastDay; day++) {
    const dayStart = day * MINUTES_PER_DAY;
    for (let w = dayFirst[weekday] as number; w < (dayFirst[weekday + 1] as number); w++) {
      const key = keys[w] as number;
      // Each wall-clock window is converted on its own date, so it follows that date's offset.
      let start = utcOfLocal(table, dayStart + ((key >> 11) & 2047));
      let end = utcOfLocal(table, dayStart + (key & 2047));
      if (start < from) start = from;
      if (end > to) end = to;
      if (start >= end) continue;
      // Windows come in time order, so merging as we go avoids a sort (but a DST gap can reorder).
      if (last !== undefined) {
        if (start < last.start) inOrder = false;
        else if (start <= last.end) {
          if (end > last.end) last.end = end;
          continue;
        }
      }
      last = { start, end };
      open.push(last);
    }
    weekday = weekday === 6 ? 0 : weekday + 1;
  }
  const merged = inOrder ? open : mergeIntervals(open);
  if (exceptions.length === 0) return merged;
  const closed: Interval[] = [];
  for (const exception of exceptions) {
    const local = localRangeOfException(exception);
    const start = utcOfLocal(table, local.start);
    const end = utcOfLocal(table, local.end);
    if (start < end) closed.push({ start, end });
  }
  return subtractIntervals(merged, mergeIntervals(closed));
}

/**
 * Expands weekly windows (WeeklyWindow from @lantern/contracts: {day:'mon'..'sun', start:'HH:MM',
 * end:'HH:MM'|'24:00'}) in `timeZone` to sorted, merged UTC intervals within [range.from, range.to)
 * (epoch minutes), minus exceptions. DST-correct: each local wall-clock window is converted on its
 * own date. A local time that does not exist moves forward by the gap; one that occurs twice takes
 * the earlier instant (RFC 5545 / Temporal "compatible").
 */
export function expandWeeklyAvailability(
  windows: readonly WeeklyWindow[],
  timeZone: string,
  range: { from: number; to: number },
  exceptions?: readonly AvailabilityException[],
): Interval[] {
  if (range.to <= range.from) return [];
  return expandWithTable(windows, zoneTable(timeZone, range.from, range.to), range, exceptions);
}
