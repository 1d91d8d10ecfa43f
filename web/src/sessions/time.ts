/** Times for the session pages: every instant is UTC; each person reads it in their own zone. */

/** The calendar date of `iso` in `timeZone`, `YYYY-MM-DD`. */
export function dateIn(iso: string | Date, timeZone: string): string {
  const parts = new Intl.DateTimeFormat('en-CA', {
    timeZone,
    year: 'numeric',
    month: '2-digit',
    day: '2-digit',
  }).formatToParts(new Date(iso));
  const part = (type: string) => parts.find((p) => p.type === type)?.value ?? '';
  return `${part('year')}-${part('month')}-${part('day')}`;
}

/** `YYYY-MM-DD` moved by whole days (calendar arithmetic, no zone involved). */
export function addDays(date: string, days: number): string {
  const moved = new Date(`${date}T12:00:00Z`);
  moved.setUTCDate(moved.getUTCDate() + days);
  return moved.toISOString().slice(0, 10);
}

export const timeIn = (iso: string, timeZone: string, locale: string): string =>
  new Intl.DateTimeFormat(locale, { timeZone, hour: 'numeric', minute: '2-digit' }).format(new Date(iso));

export const dayLabel = (date: string, locale: string): string =>
  new Intl.DateTimeFormat(locale, { timeZone: 'UTC', weekday: 'short', day: 'numeric', month: 'short' }).format(
    new Date(`${date}T12:00:00Z`),
  );

export const whenIn = (iso: string, timeZone: string, locale: string): string =>
  new Intl.DateTimeFormat(locale, {
    timeZone,
    weekday: 'long',
    day: 'numeric',
    month: 'long',
    hour: 'numeric',
    minute: '2-digit',
  }).format(new Date(iso));

/** Short name of the zone at that instant (e.g. "EST", "UTC+1"), so a time is never ambiguous. */
export function zoneName(iso: string, timeZone: string, locale: string): string {
  const parts = new Intl.DateTimeFormat(locale, { timeZone, timeZoneName: 'short' }).formatToParts(new Date(iso));
  return parts.find((p) => p.type === 'timeZoneName')?.value ?? timeZone;
}

export interface GridDay<T> {
  date: string;
  items: T[];
}

/** The seven days from `from` in the viewer's zone, each with its items (by their start) in time order. */
export function weekOf<T extends { start: string }>(items: readonly T[], from: string, timeZone: string): GridDay<T>[] {
  const days: GridDay<T>[] = Array.from({ length: 7 }, (_, index) => ({ date: addDays(from, index), items: [] }));
  const byDate = new Map(days.map((day) => [day.date, day]));
  for (const item of [...items].sort((a, b) => a.start.localeCompare(b.start))) {
    byDate.get(dateIn(item.start, timeZone))?.items.push(item);
  }
  return days;
}

/** An epoch millisecond as the API's instants are written: UTC, to the second. */
export const instantAt = (ms: number): string => new Date(ms).toISOString().replace(/\.\d{3}Z$/, 'Z');

/** A `<input type="datetime-local">` value read in the browser's own zone, as a UTC instant. */
export function instantFromLocalInput(value: string): string | null {
  if (!/^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}$/.test(value)) return null;
  const date = new Date(value);
  return Number.isNaN(date.getTime()) ? null : instantAt(date.getTime());
}
