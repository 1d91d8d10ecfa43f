import { InvalidScheduleInputError } from './errors.js';

/** Everything inside the engine is an integer count of minutes: epoch minutes (UTC) or local minutes. */
export const MINUTES_PER_DAY = 1440;
export const MINUTES_PER_WEEK = 10080;
const MS_PER_MINUTE = 60_000;

const LOCAL_DATE_TIME = /^(\d{4}-\d{2}-\d{2})T(\d{2}:\d{2})$/;

const digitAt = (text: string, index: number) => {
  const digit = text.charCodeAt(index) - 48;
  return digit >= 0 && digit <= 9 ? digit : Number.NaN;
};

/** Days since 1970-01-01 of a `YYYY-MM-DD` calendar date (no regex or Date: it runs per exception). */
export function epochDayOf(date: string): number {
  const year = digitAt(date, 0) * 1000 + digitAt(date, 1) * 100 + digitAt(date, 2) * 10 + digitAt(date, 3);
  const month = digitAt(date, 5) * 10 + digitAt(date, 6);
  const day = digitAt(date, 8) * 10 + digitAt(date, 9);
  const wellFormed = date.length === 10 && date.charCodeAt(4) === 45 && date.charCodeAt(7) === 45;
  if (!wellFormed || !(month >= 1 && month <= 12) || !(day >= 1 && day <= daysInMonth(year, month))) {
    throw new InvalidScheduleInputError(`Not a YYYY-MM-DD date: ${date}`);
  }
  return daysFromCivil(year, month, day);
}

function daysInMonth(year: number, month: number): number {
  if (month === 2) return year % 4 === 0 && (year % 100 !== 0 || year % 400 === 0) ? 29 : 28;
  return month === 4 || month === 6 || month === 9 || month === 11 ? 30 : 31;
}

/** Howard Hinnant's days_from_civil: proleptic Gregorian date to days since 1970-01-01. */
function daysFromCivil(year: number, month: number, day: number): number {
  const y = month <= 2 ? year - 1 : year;
  const era = Math.floor(y / 400);
  const yearOfEra = y - era * 400;
  const dayOfYear = Math.floor((153 * (month + (month > 2 ? -3 : 9)) + 2) / 5) + day - 1;
  const dayOfEra = yearOfEra * 365 + Math.floor(yearOfEra / 4) - Math.floor(yearOfEra / 100) + dayOfYear;
  return era * 146097 + dayOfEra - 719468;
}

/** `YYYY-MM-DD` of a day count since 1970-01-01. */
export function dateOfEpochDay(epochDay: number): string {
  return new Date(epochDay * 86_400_000).toISOString().slice(0, 10);
}

/** Minutes since midnight of `HH:MM`, or 1440 for `24:00` when allowed (no regex: it runs per window). */
export function minuteOfDay(time: string, allowEndOfDay = false): number {
  const hours = digitAt(time, 0) * 10 + digitAt(time, 1);
  const minutes = digitAt(time, 3) * 10 + digitAt(time, 4);
  const endOfDay = allowEndOfDay && hours === 24 && minutes === 0;
  if (time.length !== 5 || time.charCodeAt(2) !== 58 || !(minutes <= 59) || !(hours <= 23 || endOfDay)) {
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
