import ical, { ICalCalendarMethod, ICalEventRepeatingFreq, ICalEventStatus } from 'ical-generator';
import { Temporal } from 'temporal-polyfill';
import { InvalidScheduleInputError, UnknownTimeZoneError } from './errors.js';
import { dateOfEpochDay, epochDayOf, epochMinuteOfIso, MINUTES_PER_DAY, MINUTES_PER_WEEK } from './minutes.js';
import { vtimezoneOf } from './vtimezone.js';
import { isKnownZone, LOCAL_TIME_KINDS, localTimeKind, offsetAt, utcOfLocal, zoneTable } from './zoneTable.js';

export const INVITE_METHODS = { request: 'REQUEST', cancel: 'CANCEL' } as const;
export type InviteMethod = (typeof INVITE_METHODS)[keyof typeof INVITE_METHODS];

export interface SessionInviteRequest {
  /** The booking's id: the UID is derived from it, so it stays the same across every change. */
  sessionId: string;
  /** The booking's revision: it must increase on every change (reschedule, cancel). */
  sequence: number;
  method: InviteMethod;
  /** UTC instant of the (first) start, ISO-8601 with `Z`. */
  start: string;
  durationMinutes: number;
  /** The peer's IANA zone; `UTC` writes UTC instants instead of a VTIMEZONE. */
  timeZone: string;
  /** Only the first word is used: the title is "Session with <first name>", nothing else. */
  firstName: string;
  organizer: { name: string; email: string };
  attendees: readonly { email: string; name?: string }[];
  /** A weekly series at the first start's wall-clock time in `timeZone` (as `weeklySeries`). */
  repeat?: { count: number; skipDates?: readonly string[] };
  /** DTSTAMP; defaults to now. */
  stamp?: string;
  /** Domain part of the UID. */
  uidDomain?: string;
}

/** The first word of a name, without characters that could break out of a property value. */
function firstNameOnly(name: string): string {
  const first = name.trim().split(/\s+/)[0] ?? '';
  return first.replace(/[\p{Cc};,\\"]/gu, '').slice(0, 40);
}

function validate(request: SessionInviteRequest): void {
  if (!Number.isInteger(request.sequence) || request.sequence < 0) {
    throw new InvalidScheduleInputError('sequence must be a non-negative integer');
  }
  if (!Number.isInteger(request.durationMinutes) || request.durationMinutes < 1) {
    throw new InvalidScheduleInputError('durationMinutes must be a positive integer');
  }
  if (!isKnownZone(request.timeZone)) throw new UnknownTimeZoneError(`Unknown time zone: ${request.timeZone}`);
  if (!/^[A-Za-z0-9_-]{1,100}$/.test(request.sessionId))
    throw new InvalidScheduleInputError('sessionId must be a plain id');
  const count = request.repeat?.count;
  if (count !== undefined && (!Number.isInteger(count) || count < 1 || count > 520)) {
    throw new InvalidScheduleInputError('repeat.count must be 1 to 520');
  }
}

const basicOf = (minute: number) => new Date(minute * 60_000).toISOString().slice(0, 19).replace(/[-:]/g, '');

/**
 * EXDATE for skipped dates; and for an occurrence whose local time falls in a gap or a repeat,
 * EXDATE of that local time plus an RDATE at the exact UTC instant. RFC 5545 says a gap moves
 * forward and a repeat takes the first instant, but ical.js (and others) read both the other way;
 * pinning the instant makes every reader land where Lantern does.
 */
function seriesOverrides(
  repeat: NonNullable<SessionInviteRequest['repeat']>,
  timeZone: string,
  startMinute: number,
): string[] {
  const skip = new Set(repeat.skipDates ?? []);
  for (const date of skip) epochDayOf(date); // rejects malformed dates with the engine's error
  const lastMinute = startMinute + (repeat.count - 1) * MINUTES_PER_WEEK;
  const table = zoneTable(timeZone, startMinute - MINUTES_PER_DAY, lastMinute + MINUTES_PER_DAY);
  const firstLocal = startMinute + offsetAt(table, startMinute);
  const lines: string[] = [];
  for (let week = 0; week < repeat.count; week++) {
    const local = firstLocal + week * MINUTES_PER_WEEK;
    const exdate = `EXDATE;TZID=${timeZone}:${basicOf(local)}`;
    if (skip.has(dateOfEpochDay(Math.floor(local / MINUTES_PER_DAY)))) {
      lines.push(exdate);
    } else if (localTimeKind(table, local) !== LOCAL_TIME_KINDS.regular) {
      lines.push(exdate, `RDATE:${basicOf(utcOfLocal(table, local))}Z`);
    }
  }
  return lines;
}

/** A single session whose local start or end occurs twice (or not at all) is ambiguous to readers. */
function isAmbiguous(timeZone: string, startMinute: number, durationMinutes: number): boolean {
  const endMinute = startMinute + durationMinutes;
  const table = zoneTable(timeZone, startMinute, endMinute);
  return [startMinute, endMinute].some(
    (minute) => localTimeKind(table, minute + offsetAt(table, minute)) !== LOCAL_TIME_KINDS.regular,
  );
}

/** An iCalendar invite (METHOD REQUEST or CANCEL) for one booking or a weekly series. */
export function sessionInvite(request: SessionInviteRequest): string {
  validate(request);
  const { timeZone, durationMinutes, repeat } = request;
  const startMinute = epochMinuteOfIso(request.start);
  const instant = Temporal.Instant.fromEpochMilliseconds(startMinute * 60_000);
  // A single session whose local start or end occurs twice is written in UTC: readers disagree.
  const ambiguous = !repeat && isAmbiguous(timeZone, startMinute, durationMinutes);
  const useUtc = timeZone === 'UTC' || timeZone === 'Etc/UTC' || ambiguous;
  const start = instant.toZonedDateTimeISO(useUtc ? 'UTC' : timeZone);
  const lastEnd = startMinute + durationMinutes + ((repeat?.count ?? 1) - 1) * MINUTES_PER_WEEK;
  const yearOfMinutes = 366 * 1440;
  const calendar = ical({
    prodId: { company: 'Lantern', product: 'scheduling', language: 'EN' },
    method: request.method === 'CANCEL' ? ICalCalendarMethod.CANCEL : ICalCalendarMethod.REQUEST,
    // No calendar-level zone name: ical-generator would then write DTSTAMP in the process's zone.
    ...(useUtc
      ? {}
      : {
          timezone: {
            name: null,
            generator: () => vtimezoneOf(timeZone, startMinute - yearOfMinutes, lastEnd + yearOfMinutes),
          },
        }),
  });
  const title = `Session with ${firstNameOnly(request.firstName)}`;
  calendar.createEvent({
    id: `${request.sessionId}@${request.uidDomain ?? 'lantern.invalid'}`,
    sequence: request.sequence,
    stamp: request.stamp ? new Date(request.stamp) : new Date(),
    start,
    end: start.add({ minutes: durationMinutes }),
    ...(useUtc ? {} : { timezone: timeZone }),
    summary: title,
    description: title,
    status: request.method === 'CANCEL' ? ICalEventStatus.CANCELLED : ICalEventStatus.CONFIRMED,
    organizer: { name: request.organizer.name, email: request.organizer.email },
    attendees: request.attendees.map(({ email, name }) => ({
      email,
      ...(name ? { name: firstNameOnly(name) } : {}),
      rsvp: true,
    })),
    ...(repeat ? { repeating: { freq: ICalEventRepeatingFreq.WEEKLY, count: repeat.count } } : {}),
  });
  const text = calendar.toString();
  if (!repeat) return text;
  // ical-generator cannot write an EXDATE at a nonexistent local time, so these lines go in here.
  const overrides = seriesOverrides(repeat, start.timeZoneId, startMinute);
  return overrides.length === 0 ? text : text.replace('END:VEVENT', `${overrides.join('\r\n')}\r\nEND:VEVENT`);
}
