import { InvalidScheduleInputError } from './errors.js';

/** Everything inside the engine is an integer count of minutes: epoch minutes (UTC) or local minutes. */
export const MINUTES_PER_DAY = 1440;
export const MINUTES_PER_WEEK = 10080;
const MS_PER_MINUTE = 60_000;

const DATE = /^(\d{4})-(\d{2})-(\d{2})$/;
const TIME = /^(\d{2}):(\d{2})$/;
const LOCAL_DATE_TIME = /^(\d{4}-\d{2}-\d{2})T(\d{2}:\d{2})$/;

/** Days since 1970-01-01 of a `YYYY-MM-DD` calendar date. */
export function epochDayOf(date: string): number {
  const match = DATE.exec(date);
  if (!match) throw new InvalidScheduleInputError(`Not a YYYY-MM-DD date: ${date}`);
  const [, year, month, day] = match.map(Number) as [number, number, number, number];
  const ms = Date.UTC(year, month - 1, day);
  if (new Date(ms).getUTCDate() !== day) throw new InvalidScheduleInputError(`No such date: ${date}`);
  return ms / 86_400_000;
}

/** `YYYY-MM-DD` of a day count since 1970-01-01. */
export function dateOfEpochDay(epochDay: number): string {
  return new Date(epochDay * 86_400_000).toISOString().slice(0, 10);
}

/** Minutes since midnight of `HH:MM`, or 1440 for `24:00` when allowed. */
export function minuteOfDay(time: string, allowEndOfDay = false): number {
  const match = TIME.exec(time);
  const hours = Number(match?.[1]);
  const minutes = Number(match?.[2]);
  const endOfDay = allowEndOfDay && time === '24:00';
  if (!match || minutes > 59 || (hours > 23 && !endOfDay)) {
    throw new InvalidScheduleInputError(`Not an HH:MM time${allowEndOfDay ? ' or 24:00' : ''}: ${time}`);
  }
  return hours * 60 + minutes;
}

/** Local minutes since 1970-01-01T00:00 (a wall-clock reading, not an instant) of `YYYY-MM-DDTHH:MM`. */
export function localMinuteOf(dateTime: string): number {
  const match = LOCAL_DATE_TIME.exec(dateTime);
  if (!match) throw new InvalidScheduleInputError(`Not a local YYYY-MM-DDTHH:MM date-time: ${dateTime}`);
  return epochDayOf(match[1] as string) * MINUTES_PER_DAY + minuteOfDay(match[2] as string);
}

/** `YYYY-MM-DDTHH:MM` of local minutes since 1970-01-01T00:00. */
export function formatLocalMinute(localMinute: number): string {
  return new Date(localMinute * MS_PER_MINUTE).toISOString().slice(0, 16);
}

/** UTC ISO-8601 instant ending in `Z` (seconds precision) of epoch minutes. */
export function isoOfEpochMinute(epochMinute: number): string {
  return new Date(epochMinute * MS_PER_MINUTE).toISOString().replace('.000Z', 'Z');
}

/** Epoch minutes of an ISO-8601 instant with `Z` or an offset; seconds are floored. */
export function epochMinuteOfIso(instant: string): number {
  const ms = Date.parse(instant);
  if (!/(Z|[+-]\d{2}:\d{2})$/.test(instant) || Number.isNaN(ms)) {
    throw new InvalidScheduleInputError(`Not an ISO-8601 instant with Z or an offset: ${instant}`);
  }
  return Math.floor(ms / MS_PER_MINUTE);
}

/** Monday = 0 ... Sunday = 6 of a day count since 1970-01-01 (a Thursday). */
export function weekdayIndexOfEpochDay(epochDay: number): number {
  return (((epochDay + 3) % 7) + 7) % 7;
}
