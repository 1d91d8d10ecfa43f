import ical, { ICalCalendarMethod, ICalEventRepeatingFreq, ICalEventStatus } from 'ical-generator';
import { Temporal } from 'temporal-polyfill';
import { InvalidScheduleInputError, UnknownTimeZoneError } from './errors.js';
import { epochDayOf, epochMinuteOfIso, MINUTES_PER_WEEK } from './minutes.js';
import { vtimezoneOf } from './vtimezone.js';
import { isKnownZone } from './zoneTable.js';

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
  /** A weekly series in the peer's zone: RRULE COUNT with EXDATE for the skipped local dates. */
  repeat?: { count: number; skipDates?: readonly string[] };
  /** DTSTAMP; defaults to now. */
  stamp?: string;
  /** Domain part of the UID. */
  uidDomain?: string;
}

/** The first word of a name, without characters that could break out of a property value. */
function firstNameOnly(name: string): string {
  const first = name.trim().split(/\s+/)[0] ?? '';
  return first.replace(/[\p{Cc};,\\]/gu, '').slice(0, 40);
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
}

/** An iCalendar invite (METHOD REQUEST or CANCEL) for one booking or weekly series. */
export function sessionInvite(request: SessionInviteRequest): string {
  validate(request);
  const { timeZone, durationMinutes, repeat } = request;
  const startMinute = epochMinuteOfIso(request.start);
  const useUtc = timeZone === 'UTC' || timeZone === 'Etc/UTC';
  const instant = Temporal.Instant.fromEpochMilliseconds(startMinute * 60_000);
  const start = instant.toZonedDateTimeISO(useUtc ? 'UTC' : timeZone);
  const end = start.add({ minutes: durationMinutes });
  const lastEnd = startMinute + durationMinutes + ((repeat?.count ?? 1) - 1) * MINUTES_PER_WEEK + 60 * 24 * 7;
  const calendar = ical({
    // No calendar-level zone name: ical-generator would then write DTSTAMP in the process's zone.
    prodId: { company: 'Lantern', product: 'scheduling', language: 'EN' },
    method: request.method === 'CANCEL' ? ICalCalendarMethod.CANCEL : ICalCalendarMethod.REQUEST,
    ...(useUtc
      ? {}
      : {
          timezone: {
            name: null,
            generator: () => vtimezoneOf(timeZone, startMinute - 366 * 1440, lastEnd + 366 * 1440),
          },
        }),
  });
  const title = `Session with ${firstNameOnly(request.firstName)}`;
  const time = start.toPlainTime();
  calendar.createEvent({
    id: `${request.sessionId}@${request.uidDomain ?? 'lantern.invalid'}`,
    sequence: request.sequence,
    stamp: request.stamp ? new Date(request.stamp) : new Date(),
    start,
    end,
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
    ...(repeat
      ? {
          repeating: {
            freq: ICalEventRepeatingFreq.WEEKLY,
            count: repeat.count,
            exclude: (repeat.skipDates ?? []).map((date) => {
              epochDayOf(date); // validates the date
              return Temporal.PlainDate.from(date).toPlainDateTime(time).toZonedDateTime(start.timeZoneId);
            }),
          },
        }
      : {}),
  });
  return calendar.toString();
}
