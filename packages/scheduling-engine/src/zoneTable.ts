import { Temporal } from 'temporal-polyfill';
import { UnknownTimeZoneError } from './errors.js';

/**
 * A zone's UTC offsets over a stretch of time, as a list of transitions, so that converting a
 * slot or a window is arithmetic on integers instead of a Temporal object per slot. Transitions
 * are asked of Temporal once per zone and UTC year, then cached: tz data does not change while a
 * process runs.
 */
export interface ZoneTable {
  readonly timeZone: string;
  /** Offset (minutes east of UTC) in force before the first transition. */
  readonly initialOffset: number;
  /** Epoch minute of each transition, ascending. */
  readonly at: readonly number[];
  /** Offset after each transition; the offset before transition i is `after[i - 1]` or `initialOffset`. */
  readonly after: readonly number[];
}

interface YearTransitions {
  initialOffset: number;
  at: number[];
  after: number[];
}

const MINUTES_PER_NS = 60_000_000_000;
const yearCache = new Map<string, YearTransitions>();

/** Drops the cached transitions (for cold-start measurements). */
export function clearZoneCache(): void {
  yearCache.clear();
}

function yearStartMs(year: number): number {
  return Date.UTC(year, 0, 1);
}

function transitionsOfYear(timeZone: string, year: number): YearTransitions {
  const key = `${timeZone}|${year}`;
  const cached = yearCache.get(key);
  if (cached) return cached;
  const endMs = yearStartMs(year + 1);
  let zoned: Temporal.ZonedDateTime;
  try {
    zoned = Temporal.Instant.fromEpochMilliseconds(yearStartMs(year)).toZonedDateTimeISO(timeZone);
  } catch {
    throw new UnknownTimeZoneError(`Unknown time zone: ${timeZone}; use an IANA name such as America/Toronto`);
  }
  const result: YearTransitions = {
    initialOffset: Math.round(zoned.offsetNanoseconds / MINUTES_PER_NS),
    at: [],
    after: [],
  };
  for (;;) {
    const next = zoned.getTimeZoneTransition('next');
    if (!next || next.epochMilliseconds >= endMs) break;
    const offset = Math.round(next.offsetNanoseconds / MINUTES_PER_NS);
    const previous = result.after.at(-1) ?? result.initialOffset;
    // Some transitions change only the abbreviation or rounding of seconds: keep real ones.
    if (offset !== previous) {
      result.at.push(Math.floor(next.epochMilliseconds / 60_000));
      result.after.push(offset);
    }
    zoned = next;
  }
  yearCache.set(key, result);
  return result;
}

/** The zone's offsets over [fromMinute, toMinute) in epoch minutes, padded by two days each side. */
export function zoneTable(timeZone: string, fromMinute: number, toMinute: number): ZoneTable {
  const pad = 2 * 1440;
  const firstYear = new Date((fromMinute - pad) * 60_000).getUTCFullYear();
  const lastYear = new Date((toMinute + pad) * 60_000).getUTCFullYear();
  const first = transitionsOfYear(timeZone, firstYear);
  if (firstYear === lastYear) return { timeZone, ...first };
  const at = first.at.slice();
  const after = first.after.slice();
  for (let year = firstYear + 1; year <= lastYear; year++) {
    const next = transitionsOfYear(timeZone, year);
    // A transition exactly at 00:00 UTC on 1 January shows only as a changed initial offset.
    if (next.initialOffset !== (after.at(-1) ?? first.initialOffset)) {
      at.push(Math.floor(yearStartMs(year) / 60_000));
      after.push(next.initialOffset);
    }
    at.push(...next.at);
    after.push(...next.after);
  }
  return { timeZone, initialOffset: first.initialOffset, at, after };
}

/** Offset in force at an instant (epoch minutes). */
export function offsetAt(table: ZoneTable, epochMinute: number): number {
  let offset = table.initialOffset;
  const { at, after } = table;
  for (let i = 0; i < at.length && (at[i] as number) <= epochMinute; i++) offset = after[i] as number;
  return offset;
}

/**
 * The instant of a local wall-clock reading (local minutes since 1970-01-01T00:00), with
 * RFC 5545 / Temporal "compatible" disambiguation. Around a transition at T from offset b to a:
 * a local time before T + max(a, b) takes offset b, a later one takes a. In a gap (a > b) that
 * moves a nonexistent time forward by the gap; in a repeat (b > a) it picks the earlier instant.
 */
export function utcOfLocal(table: ZoneTable, localMinute: number): number {
  const { at, after } = table;
  let before = table.initialOffset;
  for (let i = 0; i < at.length; i++) {
    const next = after[i] as number;
    if (localMinute < (at[i] as number) + Math.max(next, before)) return localMinute - before;
    before = next;
  }
  return localMinute - before;
}

const knownZones = new Set<string>();

/** Whether this runtime's Intl (and so Temporal) knows the zone (remembered: a formatter is costly). */
export function isKnownZone(timeZone: string): boolean {
  if (knownZones.has(timeZone)) return true;
  try {
    new Intl.DateTimeFormat('en', { timeZone });
    knownZones.add(timeZone);
    return true;
  } catch {
    return false;
  }
}

export const LOCAL_TIME_KINDS = { regular: 'regular', gap: 'gap', repeat: 'repeat' } as const;
export type LocalTimeKind = (typeof LOCAL_TIME_KINDS)[keyof typeof LOCAL_TIME_KINDS];

/** Whether a local reading exists once, not at all (spring gap) or twice (autumn repeat). */
export function localTimeKind(table: ZoneTable, localMinute: number): LocalTimeKind {
  const { at, after } = table;
  let before = table.initialOffset;
  for (let i = 0; i < at.length; i++) {
    const next = after[i] as number;
    const transition = at[i] as number;
    const low = transition + Math.min(before, next);
    const high = transition + Math.max(before, next);
    if (localMinute >= low && localMinute < high) return next > before ? LOCAL_TIME_KINDS.gap : LOCAL_TIME_KINDS.repeat;
    before = next;
  }
  return LOCAL_TIME_KINDS.regular;
}
