import { expandWeeklyAvailability, type Interval } from '@lantern/scheduling-engine';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { localOf, openSlotsForMatch, type SchedulingPair } from '../src/domain/index.js';
import { OFFICE_HOURS, TORONTO_LONDON } from './fixtures.js';

const now = new Date('2027-02-01T12:00:00Z');
const minutes = (iso: string) => Date.parse(iso) / 60_000;

describe('open slots for a match', () => {
  it('offers Tuesday and Wednesday evenings that suit both, same time every week first, flagged out of hours', () => {
    // Act
    const slots = openSlotsForMatch({
      pair: TORONTO_LONDON,
      query: { from: '2027-03-01', weeks: 2, duration: 60 },
      peerBusy: [],
      clientBusy: [],
      officeHours: OFFICE_HOURS,
      now,
    });
    // Assess: Toronto 12:00-21:00 meets London 17:00-24:00 at 12:00-19:00 Toronto (17:00-24:00 London, GMT)
    const first = slots[0];
    expect(first?.sameTimeEveryWeek).toBe(true);
    expect(localOf(first?.start as string, 'America/Toronto')).toBe('2027-03-02T12:00');
    const localStarts = slots.map((slot) => localOf(slot.start, 'America/Toronto').slice(11));
    expect(localStarts.every((time) => time >= '12:00' && time <= '18:00')).toBe(true);
    const at = (local: string) => slots.find((slot) => localOf(slot.start, 'America/Toronto') === local);
    expect(at('2027-03-02T16:00')?.outsideOfficeHours).toBe(false);
    expect(at('2027-03-02T16:15')?.outsideOfficeHours).toBe(true);
  });

  it("reads `from` as a date in the peer's zone and never offers a time already past", () => {
    const slots = openSlotsForMatch({
      pair: TORONTO_LONDON,
      query: { from: '2027-03-02', weeks: 1, duration: 60 },
      peerBusy: [],
      clientBusy: [],
      now: new Date('2027-03-02T20:00:00Z'),
    });
    expect(slots.length).toBeGreaterThan(0);
    expect(slots.every((slot) => slot.start >= '2027-03-02T20:00:00Z')).toBe(true);
  });

  it('leaves out time either person already has booked', () => {
    const busy = [{ start: minutes('2027-03-02T17:00:00Z'), end: minutes('2027-03-02T18:00:00Z') }];
    const slots = openSlotsForMatch({
      pair: TORONTO_LONDON,
      query: { from: '2027-03-01', weeks: 1, duration: 60 },
      peerBusy: [],
      clientBusy: busy,
      now,
    });
    expect(slots.some((slot) => slot.start < '2027-03-02T18:00:00Z' && slot.end > '2027-03-02T17:00:00Z')).toBe(false);
    expect(slots.some((slot) => slot.start === '2027-03-02T18:00:00Z')).toBe(true);
  });
});

describe('open slots, properties', () => {
  const zones = ['America/Toronto', 'Europe/London', 'Asia/Kolkata', 'Australia/Lord_Howe', 'America/Los_Angeles'];
  const days = ['mon', 'tue', 'wed', 'thu', 'fri', 'sat', 'sun'] as const;
  const window = fc
    .record({
      day: fc.constantFrom(...days),
      start: fc.integer({ min: 0, max: 95 }),
      length: fc.integer({ min: 1, max: 40 }),
    })
    .map(({ day, start, length }) => {
      const hhmm = (quarter: number) =>
        quarter >= 96
          ? '24:00'
          : `${String(Math.floor(quarter / 4)).padStart(2, '0')}:${String((quarter % 4) * 15).padStart(2, '0')}`;
      return { day, start: hhmm(start), end: hhmm(Math.min(96, start + length)) };
    });
  const contains = (intervals: readonly Interval[], start: number, end: number) =>
    intervals.some((interval) => interval.start <= start && interval.end >= end);

  it('offers only starts that lie inside both availabilities, outside both bookings', () => {
    fc.assert(
      fc.property(
        fc.constantFrom(...zones),
        fc.constantFrom(...zones),
        fc.array(window, { minLength: 1, maxLength: 6 }),
        fc.array(window, { minLength: 1, maxLength: 6 }),
        fc.integer({ min: 0, max: 330 }),
        fc.integer({ min: 15, max: 180 }),
        (peerZone, clientZone, peerWindows, clientWindows, dayOfYear, duration) => {
          const pair: SchedulingPair = {
            ...TORONTO_LONDON,
            peer: { ...TORONTO_LONDON.peer, timeZone: peerZone, availability: peerWindows },
            client: { ...TORONTO_LONDON.client, timeZone: clientZone, availability: clientWindows },
          };
          const from = new Date(Date.parse('2027-01-01T00:00:00Z') + dayOfYear * 86_400_000).toISOString().slice(0, 10);
          const peerBusy = [{ start: minutes(`${from}T18:00:00Z`), end: minutes(`${from}T19:00:00Z`) }];
          const slots = openSlotsForMatch({ pair, query: { from, weeks: 2, duration }, peerBusy, clientBusy: [], now });
          // Oracle: each person's availability expanded on its own, a day either side of the range.
          const range = { from: minutes(`${from}T00:00:00Z`) - 1440, to: minutes(`${from}T00:00:00Z`) + 16 * 1440 };
          const peerFree = expandWeeklyAvailability(peerWindows, peerZone, range);
          const clientFree = expandWeeklyAvailability(clientWindows, clientZone, range);
          for (const slot of slots) {
            const start = minutes(slot.start);
            const end = minutes(slot.end);
            expect(end - start).toBe(duration);
            expect(contains(peerFree, start, end)).toBe(true);
            expect(contains(clientFree, start, end)).toBe(true);
            expect(start < (peerBusy[0]?.end as number) && end > (peerBusy[0]?.start as number)).toBe(false);
          }
        },
      ),
      { numRuns: 150 },
    );
  });
});
