import fc from 'fast-check';
import { Temporal } from 'temporal-polyfill';
import { describe, expect, it } from 'vitest';
import { InvalidScheduleInputError, UnknownTimeZoneError, weeklySeries } from '../src/index.js';

const pick = <T, K extends keyof T>(items: readonly T[], ...keys: K[]) =>
  items.map((item) => keys.map((key) => item[key]));

/** Property tests convert many zones through the Temporal polyfill; the machine is shared. */
const PROPERTY_TIMEOUT_MS = 30_000;

describe('weeklySeries across DST changes', () => {
  it('keeps 18:00 in Toronto while the London client’s time moves in the March weeks between the two changes', () => {
    // Prepare: Toronto springs forward on 8 March 2026, London on 29 March.
    const request = {
      firstStart: '2026-03-03T18:00',
      timeZone: 'America/Toronto',
      count: 5,
      durationMinutes: 60,
      clientTimeZone: 'Europe/London',
    };

    // Act
    const { occurrences } = weeklySeries(request);

    // Assess
    expect(pick(occurrences, 'start', 'end', 'localStart', 'clientLocalStart', 'clientTimeShifted')).toEqual([
      ['2026-03-03T23:00:00Z', '2026-03-04T00:00:00Z', '2026-03-03T18:00', '2026-03-03T23:00', false],
      ['2026-03-10T22:00:00Z', '2026-03-10T23:00:00Z', '2026-03-10T18:00', '2026-03-10T22:00', true],
      ['2026-03-17T22:00:00Z', '2026-03-17T23:00:00Z', '2026-03-17T18:00', '2026-03-17T22:00', true],
      ['2026-03-24T22:00:00Z', '2026-03-24T23:00:00Z', '2026-03-24T18:00', '2026-03-24T22:00', true],
      ['2026-03-31T22:00:00Z', '2026-03-31T23:00:00Z', '2026-03-31T18:00', '2026-03-31T23:00', false],
    ]);
  });

  it('keeps 18:00 in Toronto while the London client’s time moves in the autumn week between the two changes', () => {
    // Prepare: London falls back on 25 October 2026, Toronto on 1 November.
    const request = {
      firstStart: '2026-10-20T18:00',
      timeZone: 'America/Toronto',
      count: 3,
      durationMinutes: 60,
      clientTimeZone: 'Europe/London',
    };

    // Act
    const { occurrences } = weeklySeries(request);

    // Assess
    expect(pick(occurrences, 'start', 'localStart', 'clientLocalStart', 'clientTimeShifted')).toEqual([
      ['2026-10-20T22:00:00Z', '2026-10-20T18:00', '2026-10-20T23:00', false],
      ['2026-10-27T22:00:00Z', '2026-10-27T18:00', '2026-10-27T22:00', true],
      ['2026-11-03T23:00:00Z', '2026-11-03T18:00', '2026-11-03T23:00', false],
    ]);
  });

  it('keeps a half-hour-offset Kolkata time fixed in UTC while a Toronto client’s time moves', () => {
    // Prepare: India has no DST; Toronto falls back on 1 November 2026.
    const request = {
      firstStart: '2026-10-29T18:30',
      timeZone: 'Asia/Kolkata',
      count: 2,
      durationMinutes: 45,
      clientTimeZone: 'America/Toronto',
    };

    // Act
    const { occurrences } = weeklySeries(request);

    // Assess
    expect(pick(occurrences, 'start', 'end', 'clientLocalStart', 'clientTimeShifted')).toEqual([
      ['2026-10-29T13:00:00Z', '2026-10-29T13:45:00Z', '2026-10-29T09:00', false],
      ['2026-11-05T13:00:00Z', '2026-11-05T13:45:00Z', '2026-11-05T08:00', true],
    ]);
  });

  it('moves a Lord Howe time inside the 30-minute spring gap forward by 30 minutes', () => {
    // Prepare: on 4 October 2026 Lord Howe goes from 02:00 (+10:30) to 02:30 (+11:00).
    const request = { firstStart: '2026-09-27T02:15', timeZone: 'Australia/Lord_Howe', count: 3, durationMinutes: 60 };

    // Act
    const { occurrences } = weeklySeries(request);

    // Assess
    expect(pick(occurrences, 'start', 'localStart', 'movedByGap')).toEqual([
      ['2026-09-26T15:45:00Z', '2026-09-27T02:15', false],
      ['2026-10-03T15:45:00Z', '2026-10-04T02:45', true],
      ['2026-10-10T15:15:00Z', '2026-10-11T02:15', false],
    ]);
  });

  it('takes the earlier of a Lord Howe time that occurs twice when the clock goes back 30 minutes', () => {
    // Prepare: on 5 April 2026 Lord Howe goes from 02:00 (+11:00) back to 01:30 (+10:30).
    const request = { firstStart: '2026-03-29T01:45', timeZone: 'Australia/Lord_Howe', count: 3, durationMinutes: 60 };

    // Act
    const { occurrences } = weeklySeries(request);

    // Assess
    expect(pick(occurrences, 'start', 'localStart')).toEqual([
      ['2026-03-28T14:45:00Z', '2026-03-29T01:45'],
      ['2026-04-04T14:45:00Z', '2026-04-05T01:45'],
      ['2026-04-11T15:15:00Z', '2026-04-12T01:45'],
    ]);
  });

  it('moves a nonexistent Toronto 02:30 forward by the one-hour gap', () => {
    // Prepare
    const request = { firstStart: '2026-03-01T02:30', timeZone: 'America/Toronto', count: 3, durationMinutes: 30 };

    // Act
    const { occurrences } = weeklySeries(request);

    // Assess: 8 March 02:30 does not exist, it becomes 03:30 EDT.
    expect(pick(occurrences, 'start', 'end', 'localStart', 'movedByGap')).toEqual([
      ['2026-03-01T07:30:00Z', '2026-03-01T08:00:00Z', '2026-03-01T02:30', false],
      ['2026-03-08T07:30:00Z', '2026-03-08T08:00:00Z', '2026-03-08T03:30', true],
      ['2026-03-15T06:30:00Z', '2026-03-15T07:00:00Z', '2026-03-15T02:30', false],
    ]);
  });

  it('takes the earlier instant of a Toronto 01:30 that occurs twice', () => {
    // Prepare
    const request = { firstStart: '2026-10-25T01:30', timeZone: 'America/Toronto', count: 3, durationMinutes: 60 };

    // Act
    const { occurrences } = weeklySeries(request);

    // Assess: 1 November 01:30 EDT (05:30Z) comes before 01:30 EST (06:30Z).
    expect(pick(occurrences, 'start', 'end')).toEqual([
      ['2026-10-25T05:30:00Z', '2026-10-25T06:30:00Z'],
      ['2026-11-01T05:30:00Z', '2026-11-01T06:30:00Z'],
      ['2026-11-08T06:30:00Z', '2026-11-08T07:30:00Z'],
    ]);
  });
});

describe('weeklySeries skips', () => {
  it('skips the given local dates and the peer’s time off, and says why', () => {
    // Prepare
    const request = {
      firstStart: '2026-10-27T18:00',
      timeZone: 'America/Toronto',
      count: 4,
      durationMinutes: 60,
      skipDates: ['2026-11-10'],
      exceptions: [
        { date: '2026-11-03', start: '17:30', end: '18:30', reason: 'time off' },
        { date: '2026-11-17', start: '08:00', end: '12:00' },
      ],
    };

    // Act
    const series = weeklySeries(request);

    // Assess: the morning time off on 17 November does not touch 18:00.
    expect(series.occurrences.map((occurrence) => occurrence.localStart)).toEqual([
      '2026-10-27T18:00',
      '2026-11-17T18:00',
    ]);
    expect(series.skipped).toEqual([
      { date: '2026-11-03', reason: 'time off' },
      { date: '2026-11-10', reason: 'skipped date' },
    ]);
  });

  it('rejects an unknown zone and a malformed start', () => {
    // Prepare
    const base = { timeZone: 'America/Toronto', count: 2, durationMinutes: 60, firstStart: '2026-10-27T18:00' };

    // Act
    const unknownZone = () => weeklySeries({ ...base, timeZone: 'Mars/Olympus' });
    const badStart = () => weeklySeries({ ...base, firstStart: '2026-02-30T18:00' });

    // Assess
    expect(unknownZone).toThrow(UnknownTimeZoneError);
    expect(badStart).toThrow(InvalidScheduleInputError);
  });
});

describe('weeklySeries properties', () => {
  it(
    'keeps the wall-clock time in the peer’s zone across DST for any zone in the IANA list',
    () => {
      const requests = fc.record({
        timeZone: fc.constantFrom(...Intl.supportedValuesOf('timeZone')),
        day: fc.integer({ min: 0, max: 4 * 365 }),
        minuteOfDay: fc.integer({ min: 0, max: 95 }).map((quarter) => quarter * 15),
        count: fc.integer({ min: 1, max: 40 }),
        durationMinutes: fc.integer({ min: 15, max: 120 }),
      });
      fc.assert(
        fc.property(requests, ({ timeZone, day, minuteOfDay, count, durationMinutes }) => {
          // Prepare
          const first = Temporal.PlainDateTime.from('2025-01-01T00:00').add({ days: day, minutes: minuteOfDay });
          const firstStart = first.toString({ smallestUnit: 'minute' });

          // Act
          const { occurrences } = weeklySeries({ firstStart, timeZone, count, durationMinutes });

          // Assess
          expect(occurrences).toHaveLength(count);
          occurrences.forEach((occurrence, week) => {
            const requested = first.add({ weeks: week });
            const zoned = Temporal.Instant.from(occurrence.start).toZonedDateTimeISO(timeZone);
            const wallClock = zoned.toPlainDateTime();
            expect(occurrence.start.endsWith('Z') && occurrence.end.endsWith('Z')).toBe(true);
            expect(Temporal.Instant.from(occurrence.end).since(occurrence.start).total('minutes')).toBe(
              durationMinutes,
            );
            if (occurrence.movedByGap) {
              // Only in a gap: the requested reading does not exist, the clock jumped past it.
              const roundTrip = requested.toZonedDateTime(timeZone, { disambiguation: 'compatible' }).toPlainDateTime();
              expect(Temporal.PlainDateTime.compare(roundTrip, requested)).toBe(1);
              expect(Temporal.PlainDateTime.compare(wallClock, roundTrip)).toBe(0);
            } else {
              expect(wallClock.toString({ smallestUnit: 'minute' })).toBe(
                requested.toString({ smallestUnit: 'minute' }),
              );
            }
          });
        }),
        { numRuns: 60 },
      );
    },
    PROPERTY_TIMEOUT_MS,
  );
});
