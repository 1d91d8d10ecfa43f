import type { WeeklyWindow } from '@lantern/contracts';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  expandWeeklyAvailability,
  findOpenSlots,
  findOpenSlotsForClient,
  InvalidScheduleInputError,
  isoOfEpochMinute,
  openSlotsOf,
  UnknownTimeZoneError,
} from '../src/index.js';
import { at } from './helpers.js';

const weekdays = ['mon', 'tue', 'wed', 'thu', 'fri', 'sat', 'sun'] as const;
const everyDay = (start: string, end: string): WeeklyWindow[] => weekdays.map((day) => ({ day, start, end }));
const localTime = (minute: number, zone: string) =>
  new Intl.DateTimeFormat('en-GB', { timeZone: zone, hour: '2-digit', minute: '2-digit', hourCycle: 'h23' }).format(
    minute * 60_000,
  );

/** Property tests convert many zones through the Temporal polyfill; the machine is shared. */
const PROPERTY_TIMEOUT_MS = 30_000;

describe('findOpenSlots', () => {
  it('offers only starts where both people are free, at 15-minute steps by default', () => {
    // Prepare: the peer is free 18:00-20:00, the client 19:00-21:00, both in UTC, one day.
    const peer = { timeZone: 'UTC', windows: [{ day: 'mon', start: '18:00', end: '20:00' }] as WeeklyWindow[] };
    const client = { timeZone: 'UTC', windows: [{ day: 'mon', start: '19:00', end: '21:00' }] as WeeklyWindow[] };

    // Act
    const slots = findOpenSlots(peer, client, { from: at('2026-06-01T00:00:00Z'), weeks: 1, durationMinutes: 30 });

    // Assess
    expect(slots.map((slot) => isoOfEpochMinute(slot.start))).toEqual([
      '2026-06-01T19:00:00Z',
      '2026-06-01T19:15:00Z',
      '2026-06-01T19:30:00Z',
    ]);
  });

  it('keeps the buffer around an existing session of either person', () => {
    // Prepare: the client has a session 19:00-19:30; buffer 15 minutes.
    const peer = { timeZone: 'UTC', windows: [{ day: 'mon', start: '18:00', end: '21:00' }] as WeeklyWindow[] };
    const client = {
      timeZone: 'UTC',
      windows: [{ day: 'mon', start: '18:00', end: '21:00' }] as WeeklyWindow[],
      sessions: [{ start: at('2026-06-01T19:00:00Z'), end: at('2026-06-01T19:30:00Z') }],
    };

    // Act
    const slots = findOpenSlots(peer, client, {
      from: at('2026-06-01T00:00:00Z'),
      weeks: 1,
      durationMinutes: 45,
      bufferMinutes: 15,
      granularityMinutes: 15,
    });

    // Assess: 18:00 ends 18:45 = buffer start; 19:45 is the first start after the buffer.
    expect(slots.map((slot) => isoOfEpochMinute(slot.start))).toEqual([
      '2026-06-01T18:00:00Z',
      '2026-06-01T19:45:00Z',
      '2026-06-01T20:00:00Z',
      '2026-06-01T20:15:00Z',
    ]);
  });

  it('aligns starts to the peer’s local clock in a half-hour zone', () => {
    // Prepare: a peer in Kolkata free 18:00-20:00 local; hourly starts asked.
    const peer = {
      timeZone: 'Asia/Kolkata',
      windows: [{ day: 'mon', start: '18:00', end: '20:00' }] as WeeklyWindow[],
    };
    const client = { timeZone: 'UTC', windows: everyDay('00:00', '24:00') };

    // Act
    const slots = findOpenSlots(peer, client, {
      from: at('2026-06-01T00:00:00Z'),
      weeks: 1,
      durationMinutes: 60,
      granularityMinutes: 60,
    });

    // Assess: 18:00 and 19:00 IST are 12:30 and 13:30 UTC.
    expect(slots.map((slot) => isoOfEpochMinute(slot.start))).toEqual(['2026-06-01T12:30:00Z', '2026-06-01T13:30:00Z']);
  });

  it('flags slots outside the organisation’s office hours in the organisation’s zone', () => {
    // Prepare: office Mon 09:00-17:00 Toronto; both people free 16:00-18:00 Toronto.
    const window = [{ day: 'mon', start: '16:00', end: '18:00' }] as WeeklyWindow[];
    const person = { timeZone: 'America/Toronto', windows: window };
    const officeHours = {
      timeZone: 'America/Toronto',
      windows: [{ day: 'mon', start: '09:00', end: '17:00' }] as WeeklyWindow[],
    };

    // Act
    const slots = findOpenSlots(person, person, {
      from: at('2026-06-01T00:00:00Z'),
      weeks: 1,
      durationMinutes: 60,
      granularityMinutes: 30,
      officeHours,
    });

    // Assess: only 16:00-17:00 lies inside.
    expect(slots.map((slot) => [localTime(slot.start, 'America/Toronto'), slot.outsideOfficeHours])).toEqual([
      ['16:00', false],
      ['16:30', true],
      ['17:00', true],
    ]);
  });

  it('ranks a start free in every week before one free only in some weeks', () => {
    // Prepare: the client is booked on the second Monday at 18:00.
    const window = [{ day: 'mon', start: '18:00', end: '20:00' }] as WeeklyWindow[];
    const peer = { timeZone: 'Europe/London', windows: window };
    const client = {
      timeZone: 'Europe/London',
      windows: window,
      sessions: [{ start: at('2026-06-08T17:00:00Z'), end: at('2026-06-08T18:00:00Z') }],
    };

    // Act
    const slots = findOpenSlots(peer, client, {
      from: at('2026-06-01T00:00:00Z'),
      weeks: 3,
      durationMinutes: 60,
      granularityMinutes: 60,
    });

    // Assess: 19:00 BST is free all three Mondays, 18:00 only in two.
    expect(slots.map((slot) => [isoOfEpochMinute(slot.start), slot.weeksFree, slot.everyWeek])).toEqual([
      ['2026-06-01T18:00:00Z', 3, true],
      ['2026-06-08T18:00:00Z', 3, true],
      ['2026-06-15T18:00:00Z', 3, true],
      ['2026-06-01T17:00:00Z', 2, false],
      ['2026-06-15T17:00:00Z', 2, false],
    ]);
  });

  it('keeps a weekly moment ranked first across a DST change in the peer’s zone', () => {
    // Prepare: Toronto peer, Tuesdays 18:00-19:00, across 1 November 2026; client free all day.
    const peer = {
      timeZone: 'America/Toronto',
      windows: [{ day: 'tue', start: '18:00', end: '19:00' }] as WeeklyWindow[],
    };
    const client = { timeZone: 'Europe/London', windows: everyDay('00:00', '24:00') };

    // Act
    const slots = findOpenSlots(peer, client, { from: at('2026-10-26T00:00:00Z'), weeks: 2, durationMinutes: 60 });

    // Assess: same local 18:00, different UTC instants, both weeks.
    expect(slots.map((slot) => [isoOfEpochMinute(slot.start), slot.everyWeek])).toEqual([
      ['2026-10-27T22:00:00Z', true],
      ['2026-11-03T23:00:00Z', true],
    ]);
  });

  it('sees the week between the London and Toronto autumn changes when the client’s evening moves', () => {
    // Prepare: peer Tuesdays 18:00-19:00 Toronto; client Tuesdays 22:30-24:00 London. London
    // falls back on 25 October, Toronto on 1 November: on 27 October 18:00 Toronto is 22:00 London.
    const peer = {
      timeZone: 'America/Toronto',
      windows: [{ day: 'tue', start: '18:00', end: '19:00' }] as WeeklyWindow[],
    };
    const client = {
      timeZone: 'Europe/London',
      windows: [{ day: 'tue', start: '22:30', end: '24:00' }] as WeeklyWindow[],
    };

    // Act
    const slots = findOpenSlots(peer, client, {
      from: at('2026-10-19T00:00:00Z'),
      weeks: 3,
      durationMinutes: 30,
      granularityMinutes: 30,
    });

    // Assess: 18:30 Toronto fits in weeks 1 and 3 (22:30Z then 23:30Z) and in week 2 (22:30Z,
    // 22:30 London); 18:00 Toronto only in weeks 1 and 3.
    expect(
      slots.map((slot) => [isoOfEpochMinute(slot.start), localTime(slot.start, 'Europe/London'), slot.weeksFree]),
    ).toEqual([
      ['2026-10-20T22:30:00Z', '23:30', 3],
      ['2026-10-27T22:30:00Z', '22:30', 3],
      ['2026-11-03T23:30:00Z', '23:30', 3],
      ['2026-10-20T22:00:00Z', '23:00', 2],
      ['2026-11-03T23:00:00Z', '23:00', 2],
    ]);
  });

  it('finds an evening window that crosses midnight in the other person’s zone', () => {
    // Prepare: a Vancouver peer free Mon 19:00-22:00 (Tue 03:00-06:00 in London);
    // a London client free Mon 23:00-24:00 and Tue 00:00-04:00.
    const peer = {
      timeZone: 'America/Vancouver',
      windows: [{ day: 'mon', start: '19:00', end: '22:00' }] as WeeklyWindow[],
    };
    const client = {
      timeZone: 'Europe/London',
      windows: [
        { day: 'mon', start: '23:00', end: '24:00' },
        { day: 'tue', start: '00:00', end: '04:00' },
      ] as WeeklyWindow[],
    };

    // Act
    const slots = findOpenSlots(peer, client, {
      from: at('2026-06-01T00:00:00Z'),
      weeks: 1,
      durationMinutes: 60,
      granularityMinutes: 60,
    });

    // Assess: Mon 19:00 PDT = Tue 02:00 UTC = Tue 03:00 BST, the only common hour.
    expect(
      slots.map((slot) => [localTime(slot.start, 'America/Vancouver'), localTime(slot.start, 'Europe/London')]),
    ).toEqual([['19:00', '03:00']]);
  });

  it('rejects a granularity that does not divide a day and an unknown zone', () => {
    // Prepare
    const person = { timeZone: 'UTC', windows: everyDay('09:00', '17:00') };
    const options = { from: at('2026-06-01T00:00:00Z'), weeks: 1, durationMinutes: 60 };

    // Act
    const oddGranularity = () => findOpenSlots(person, person, { ...options, granularityMinutes: 7 });
    const unknownZone = () => findOpenSlots({ ...person, timeZone: 'Atlantis/Capital' }, person, options);

    // Assess
    expect(oddGranularity).toThrow(InvalidScheduleInputError);
    expect(unknownZone).toThrow(UnknownTimeZoneError);
  });

  it('computes the same slots for each peer when asked for many peers at once', () => {
    // Prepare
    const client = { timeZone: 'Europe/London', windows: everyDay('17:00', '22:00') };
    const peers = [
      { id: 'pr_a', timeZone: 'America/Toronto', windows: everyDay('12:00', '18:00') },
      { id: 'pr_b', timeZone: 'Asia/Kolkata', windows: everyDay('20:00', '24:00') },
    ];
    const options = { from: at('2026-10-19T00:00:00Z'), weeks: 2, durationMinutes: 50 };

    // Act
    const batch = findOpenSlotsForClient(client, peers, options);

    // Assess
    expect(batch.map((slots) => [slots.peerId, openSlotsOf(slots, 50, 2)])).toEqual(
      peers.map((peer) => [peer.id, findOpenSlots(peer, client, options)]),
    );
  });
});

const zones = ['America/Toronto', 'Europe/London', 'Asia/Kolkata', 'Australia/Lord_Howe', 'Pacific/Auckland', 'UTC'];
const hhmm = (minute: number) =>
  `${String(Math.floor(minute / 60)).padStart(2, '0')}:${String(minute % 60).padStart(2, '0')}`;
const windowArbitrary = fc
  .record({
    day: fc.constantFrom(...weekdays),
    start: fc.integer({ min: 0, max: 94 }),
    length: fc.integer({ min: 1, max: 40 }),
  })
  .map(
    ({ day, start, length }) =>
      ({ day, start: hhmm(start * 15), end: hhmm(Math.min(96, start + length) * 15) }) as WeeklyWindow,
  );
const FROM = at('2026-03-02T00:00:00Z');
const sessionArbitrary = fc
  .record({ start: fc.integer({ min: 0, max: 4 * 10080 }), length: fc.integer({ min: 15, max: 180 }) })
  .map(({ start, length }) => ({ start: FROM + start, end: FROM + start + length }));
const exceptionArbitrary = fc
  .record({
    day: fc.integer({ min: 0, max: 27 }),
    start: fc.integer({ min: 0, max: 95 }),
    length: fc.option(fc.integer({ min: 1, max: 16 })),
  })
  .map(({ day, start, length }) => {
    const date = new Date(Date.UTC(2026, 2, 2 + day)).toISOString().slice(0, 10);
    return length === null ? { date } : { date, start: hhmm(start * 15), end: hhmm(Math.min(96, start + length) * 15) };
  });
const personArbitrary = fc.record({
  timeZone: fc.constantFrom(...zones),
  windows: fc.array(windowArbitrary, { maxLength: 8 }),
  exceptions: fc.array(exceptionArbitrary, { maxLength: 3 }),
  sessions: fc.array(sessionArbitrary, { maxLength: 6 }),
});
const officeArbitrary = fc.record({
  timeZone: fc.constantFrom(...zones),
  windows: fc.array(windowArbitrary, { maxLength: 6 }),
});

describe('open slot properties', () => {
  it(
    'offers only slots inside both people’s availability, clear of every session and its buffer, flagged against office hours',
    () => {
      fc.assert(
        fc.property(
          personArbitrary,
          personArbitrary,
          officeArbitrary,
          fc.integer({ min: 15, max: 120 }),
          fc.integer({ min: 0, max: 30 }),
          (peer, client, officeHours, durationMinutes, bufferMinutes) => {
            // Prepare
            const range = { from: FROM, to: FROM + 4 * 10080 };
            const within = (intervals: { start: number; end: number }[], start: number, end: number) =>
              intervals.some((interval) => interval.start <= start && end <= interval.end);

            // Act
            const slots = findOpenSlots(peer, client, {
              from: FROM,
              weeks: 4,
              durationMinutes,
              bufferMinutes,
              officeHours,
            });

            // Assess
            const peerAvailable = expandWeeklyAvailability(peer.windows, peer.timeZone, range, peer.exceptions);
            const clientAvailable = expandWeeklyAvailability(client.windows, client.timeZone, range, client.exceptions);
            const office = expandWeeklyAvailability(officeHours.windows, officeHours.timeZone, range);
            for (const slot of slots) {
              expect(slot.outsideOfficeHours).toBe(!within(office, slot.start, slot.end));
              expect(slot.end - slot.start).toBe(durationMinutes);
              expect(within(peerAvailable, slot.start, slot.end)).toBe(true);
              expect(within(clientAvailable, slot.start, slot.end)).toBe(true);
              for (const session of [...peer.sessions, ...client.sessions]) {
                const clear = slot.end + bufferMinutes <= session.start || session.end + bufferMinutes <= slot.start;
                expect(clear).toBe(true);
              }
            }
          },
        ),
        { numRuns: 150 },
      );
    },
    PROPERTY_TIMEOUT_MS,
  );

  it(
    'offers every aligned start that is free, ranked by weeks free and then by time',
    () => {
      fc.assert(
        fc.property(personArbitrary, personArbitrary, (peer, client) => {
          // Prepare: a brute-force count of free 30-minute starts on the peer's quarter hours.
          const range = { from: FROM, to: FROM + 2 * 10080 };
          const peerAvailable = expandWeeklyAvailability(peer.windows, peer.timeZone, range, peer.exceptions);
          const clientAvailable = expandWeeklyAvailability(client.windows, client.timeZone, range, client.exceptions);
          const free = (start: number) =>
            [peerAvailable, clientAvailable].every((list) =>
              list.some((i) => i.start <= start && start + 30 <= i.end),
            ) && [...peer.sessions, ...client.sessions].every((s) => start + 30 <= s.start || s.end <= start);
          let expected = 0;
          for (let minute = range.from; minute < range.to; minute += 15) if (free(minute)) expected++;

          // Act
          const slots = findOpenSlots(peer, client, { from: FROM, weeks: 2, durationMinutes: 30 });

          // Assess: every zone in the list has whole quarter-hour offsets, so UTC quarters are local quarters.
          expect(slots.length).toBe(expected);
          for (let i = 1; i < slots.length; i++) {
            const previous = slots[i - 1] as (typeof slots)[number];
            const current = slots[i] as (typeof slots)[number];
            const ordered =
              previous.weeksFree > current.weeksFree ||
              (previous.weeksFree === current.weeksFree && previous.start < current.start);
            expect(ordered).toBe(true);
          }
        }),
        { numRuns: 60 },
      );
    },
    PROPERTY_TIMEOUT_MS,
  );
});
