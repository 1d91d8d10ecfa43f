import { type AvailabilityException, localRangeOfException } from './availability.js';
import { InvalidScheduleInputError, UnknownTimeZoneError } from './errors.js';
import {
  dateOfEpochDay,
  formatLocalMinute,
  isoOfEpochMinute,
  localMinuteOf,
  MINUTES_PER_DAY,
  MINUTES_PER_WEEK,
} from './minutes.js';
import { isKnownZone, offsetAt, utcOfLocal, zoneTable } from './zoneTable.js';

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

export const SKIP_REASONS = { skipDate: 'skipped date', timeOff: 'time off' } as const;

/** Time off that overlaps the occurrence's local minutes [start, start + duration), if any. */
function timeOffDuring(exceptions: readonly AvailabilityException[], localStart: number, durationMinutes: number) {
  const localEnd = localStart + durationMinutes;
  return exceptions.find((exception) => {
    const range = localRangeOfException(exception);
    return range.start < localEnd && localStart < range.end;
  });
}

/**
 * `count` weekly dates at the same wall-clock time in `timeZone`. A local time that does not exist
 * on a transition day moves forward by the length of the gap; one that occurs twice takes the
 * earlier instant (RFC 5545 and Temporal "compatible"), so calendar invites and Lantern agree.
 * Computed on the zone tables (one tested implementation of the rule, no date object per week).
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
  const firstLocal = localMinuteOf(request.firstStart);
  const lastLocal = firstLocal + (count - 1) * MINUTES_PER_WEEK;
  const peerTable = zoneTable(timeZone, firstLocal - MINUTES_PER_DAY, lastLocal + MINUTES_PER_DAY);
  const clientTable =
    clientTimeZone === undefined
      ? undefined
      : zoneTable(clientTimeZone, firstLocal - MINUTES_PER_DAY, lastLocal + MINUTES_PER_DAY);
  const skip = new Set(skipDates);
  const series: WeeklySeries = { occurrences: [], skipped: [] };
  let firstClientTime: number | undefined;
  for (let week = 0; week < count; week++) {
    const local = firstLocal + week * MINUTES_PER_WEEK;
    const date = dateOfEpochDay(Math.floor(local / MINUTES_PER_DAY));
    if (skip.has(date)) {
      series.skipped.push({ date, reason: SKIP_REASONS.skipDate });
      continue;
    }
    const timeOff = timeOffDuring(exceptions, local, durationMinutes);
    if (timeOff) {
      series.skipped.push({ date, reason: timeOff.reason ?? SKIP_REASONS.timeOff });
      continue;
    }
    const start = utcOfLocal(peerTable, local);
    const actualLocal = start + offsetAt(peerTable, start);
    const occurrence: SeriesOccurrence = {
      start: isoOfEpochMinute(start),
      end: isoOfEpochMinute(start + durationMinutes),
      localStart: formatLocalMinute(actualLocal),
      movedByGap: actualLocal !== local,
    };
    if (clientTable !== undefined) {
      const clientLocal = start + offsetAt(clientTable, start);
      const clientTime = ((clientLocal % MINUTES_PER_DAY) + MINUTES_PER_DAY) % MINUTES_PER_DAY;
      firstClientTime ??= clientTime;
      occurrence.clientLocalStart = formatLocalMinute(clientLocal);
      occurrence.clientTimeShifted = clientTime !== firstClientTime;
    }
    series.occurrences.push(occurrence);
  }
  return series;
}
