import { Temporal } from 'temporal-polyfill';
import { type AvailabilityException, localRangeOfException } from './availability.js';
import { InvalidScheduleInputError, UnknownTimeZoneError } from './errors.js';
import { isKnownZone } from './zoneTable.js';

export interface WeeklySeriesRequest {
  /** Local date-time of the first occurrence in `timeZone`, e.g. `2026-10-27T18:00`. */
  firstStart: string;
  /** The peer's IANA zone: the wall-clock time is kept in this zone. */
  timeZone: string;
  /** Weekly dates considered, skipped ones included (as RRULE COUNT with EXDATE). */
  count: number;
  durationMinutes: number;
  /** Local dates (`2026-11-10`) on which no session takes place. */
  skipDates?: readonly string[];
  /** The peer's time off: an occurrence that touches one is skipped with its reason. */
  exceptions?: readonly AvailabilityException[];
  /** The client's zone, to report whether their local time shifts. */
  clientTimeZone?: string;
}

export interface SeriesOccurrence {
  /** UTC instants, ISO-8601 ending in `Z`. */
  start: string;
  end: string;
  /** Wall-clock start in the peer's zone; differs from the requested time only inside a DST gap. */
  localStart: string;
  /** The requested local time did not exist that day and moved forward by the gap. */
  movedByGap: boolean;
  /** Wall-clock start in the client's zone, when `clientTimeZone` is given. */
  clientLocalStart?: string;
  /** The client's wall-clock time differs from their time at the first occurrence. */
  clientTimeShifted?: boolean;
}

export interface WeeklySeries {
  occurrences: SeriesOccurrence[];
  skipped: { date: string; reason: string }[];
}

export const SKIP_REASONS = { skipDate: 'skipped date' } as const;

function plainDateTimeOf(firstStart: string): Temporal.PlainDateTime {
  if (!/^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}$/.test(firstStart)) {
    throw new InvalidScheduleInputError(`firstStart must be a local YYYY-MM-DDTHH:MM: ${firstStart}`);
  }
  try {
    return Temporal.PlainDateTime.from(firstStart, { overflow: 'reject' });
  } catch {
    throw new InvalidScheduleInputError(`No such local date-time: ${firstStart}`);
  }
}

const wallClock = (zoned: Temporal.ZonedDateTime) => zoned.toPlainDateTime().toString({ smallestUnit: 'minute' });

/** Time off that overlaps [start, end) local minutes of the occurrence, if any. */
function timeOffDuring(
  exceptions: readonly AvailabilityException[],
  local: Temporal.PlainDateTime,
  durationMinutes: number,
) {
  const startMs = Date.UTC(local.year, local.month - 1, local.day, local.hour, local.minute) / 60_000;
  const endMs = startMs + durationMinutes;
  return exceptions.find((exception) => {
    const range = localRangeOfException(exception);
    return range.start < endMs && startMs < range.end;
  });
}

/**
 * `count` weekly dates at the same wall-clock time in `timeZone`. A local time that does not exist
 * on a transition day moves forward by the length of the gap; one that occurs twice takes the
 * earlier instant (RFC 5545 and Temporal "compatible"), so calendar invites and Lantern agree.
 */
export function weeklySeries(request: WeeklySeriesRequest): WeeklySeries {
  const { timeZone, count, durationMinutes, clientTimeZone, skipDates = [], exceptions = [] } = request;
  if (!Number.isInteger(count) || count < 1 || count > 520)
    throw new InvalidScheduleInputError('count must be 1 to 520');
  if (!Number.isInteger(durationMinutes) || durationMinutes < 1) {
    throw new InvalidScheduleInputError('durationMinutes must be a positive integer');
  }
  for (const zone of [timeZone, clientTimeZone]) {
    if (zone !== undefined && !isKnownZone(zone)) throw new UnknownTimeZoneError(`Unknown time zone: ${zone}`);
  }
  const first = plainDateTimeOf(request.firstStart);
  const skip = new Set(skipDates);
  const series: WeeklySeries = { occurrences: [], skipped: [] };
  let firstClientTime: string | undefined;
  for (let week = 0; week < count; week++) {
    const local = first.add({ weeks: week });
    const date = local.toPlainDate().toString();
    if (skip.has(date)) {
      series.skipped.push({ date, reason: SKIP_REASONS.skipDate });
      continue;
    }
    const timeOff = timeOffDuring(exceptions, local, durationMinutes);
    if (timeOff) {
      series.skipped.push({ date, reason: timeOff.reason ?? 'time off' });
      continue;
    }
    const zoned = local.toZonedDateTime(timeZone, { disambiguation: 'compatible' });
    const start = zoned.toInstant();
    const localStart = wallClock(zoned);
    const occurrence: SeriesOccurrence = {
      start: start.toString(),
      end: start.add({ minutes: durationMinutes }).toString(),
      localStart,
      movedByGap: localStart !== local.toString({ smallestUnit: 'minute' }),
    };
    if (clientTimeZone !== undefined) {
      const clientLocalStart = wallClock(start.toZonedDateTimeISO(clientTimeZone));
      firstClientTime ??= clientLocalStart.slice(11);
      occurrence.clientLocalStart = clientLocalStart;
      occurrence.clientTimeShifted = clientLocalStart.slice(11) !== firstClientTime;
    }
    series.occurrences.push(occurrence);
  }
  return series;
}
