import { expandWeeklyAvailability, type Interval, type OfficeHours } from '@lantern/scheduling-engine';
import { minutesOf } from './wall-clock.js';

/** True when [start, end) is not wholly inside the organisation's office hours (in its own zone). */
export function isOutsideOfficeHours(officeHours: OfficeHours | undefined, start: string, end: string): boolean {
  if (!officeHours) return false;
  const from = minutesOf(start);
  const to = minutesOf(end);
  const open: Interval[] = expandWeeklyAvailability(
    officeHours.windows,
    officeHours.timeZone,
    { from, to },
    officeHours.closures,
  );
  // Expanded within [from, to), so one interval covering both ends means inside.
  return !open.some((interval) => interval.start <= from && interval.end >= to);
}

/** Mon–Fri 09:00–17:00 in the organisation's zone: the manifest's default, replaced per stage. */
export const DEFAULT_OFFICE_HOURS: OfficeHours = {
  timeZone: 'America/Toronto',
  windows: (['mon', 'tue', 'wed', 'thu', 'fri'] as const).map((day) => ({ day, start: '09:00', end: '17:00' })),
};
