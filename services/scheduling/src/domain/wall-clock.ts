import { epochMinuteOfIso, isoOfEpochMinute, weeklySeries } from '@lantern/scheduling-engine';

/** Conversions between UTC instants and someone's wall clock, with the engine's DST rules. */

const formatters = new Map<string, Intl.DateTimeFormat>();

function formatterFor(timeZone: string): Intl.DateTimeFormat {
  let formatter = formatters.get(timeZone);
  if (!formatter) {
    formatter = new Intl.DateTimeFormat('en-CA', {
      timeZone,
      hourCycle: 'h23',
      year: 'numeric',
      month: '2-digit',
      day: '2-digit',
      hour: '2-digit',
      minute: '2-digit',
    });
    formatters.set(timeZone, formatter);
  }
  return formatter;
}

/** `YYYY-MM-DDTHH:MM` on the wall clock of `timeZone` at a UTC instant. */
export function localOf(instant: string, timeZone: string): string {
  const parts: Record<string, string> = {};
  for (const part of formatterFor(timeZone).formatToParts(new Date(instant))) parts[part.type] = part.value;
  return `${parts.year}-${parts.month}-${parts.day}T${parts.hour}:${parts.minute}`;
}

/**
 * The UTC instant of a wall-clock reading in `timeZone`: a time in a spring gap moves forward by
 * the gap, a time that occurs twice takes the earlier instant (the engine's one rule, ADR 0030).
 */
export function instantOfLocal(local: string, timeZone: string): string {
  const [only] = weeklySeries({ firstStart: local, timeZone, count: 1, durationMinutes: 1 }).occurrences;
  return (only as { start: string }).start;
}

export const minutesOf = epochMinuteOfIso;
export const isoOf = isoOfEpochMinute;

/** Minutes between two wall-clock readings (`YYYY-MM-DDTHH:MM`), as if no clock ever changed. */
export function wallClockMinutesBetween(from: string, to: string): number {
  return (Date.parse(`${to}:00Z`) - Date.parse(`${from}:00Z`)) / 60_000;
}

/** A wall-clock reading moved by whole minutes (no zone involved). */
export function addWallClockMinutes(local: string, minutes: number): string {
  return new Date(Date.parse(`${local}:00Z`) + minutes * 60_000).toISOString().slice(0, 16);
}
