import type { WeeklyWindow } from '@lantern/contracts';
import { clipIntervals, mergeIntervals, subtractIntervals } from './intervals.js';
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

/** A weekly window reduced to integers once: weekday (Mon = 0) and local minutes of day. */
interface CompiledWindow {
  weekday: number;
  start: number;
  end: number;
}

function compileWindows(windows: readonly WeeklyWindow[]): CompiledWindow[][] {
  const byWeekday: CompiledWindow[][] = [[], [], [], [], [], [], []];
  for (const window of windows) {
    const weekday = WEEKDAY_INDEX[window.day];
    const start = minuteOfDay(window.start);
    const end = minuteOfDay(window.end, true);
    if (end > start) byWeekday[weekday]?.push({ weekday, start, end });
  }
  return byWeekday;
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
  const byWeekday = compileWindows(windows);
  // Offsets lie within ±14 h, so one local day of margin each side covers the whole UTC range.
  const firstDay = Math.floor(range.from / MINUTES_PER_DAY) - 1;
  const lastDay = Math.floor(range.to / MINUTES_PER_DAY) + 1;
  const open: Interval[] = [];
  for (let day = firstDay; day <= lastDay; day++) {
    const dayStart = day * MINUTES_PER_DAY;
    for (const window of byWeekday[weekdayIndexOfEpochDay(day)] as CompiledWindow[]) {
      // Each wall-clock window is converted on its own date, so it follows that date's offset.
      const start = utcOfLocal(table, dayStart + window.start);
      const end = utcOfLocal(table, dayStart + window.end);
      if (start < end) open.push({ start, end });
    }
  }
  const merged = clipIntervals(mergeIntervals(open), range.from, range.to);
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
