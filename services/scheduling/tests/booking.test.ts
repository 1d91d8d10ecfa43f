import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { localOf, planBooking, REFUSALS, type SchedulingPair } from '../src/domain/index.js';
import { nextId, OFFICE_HOURS, TORONTO_LONDON } from './fixtures.js';

const now = new Date('2027-02-01T12:00:00Z');
const ids = { newSessionId: nextId('se'), newSeriesId: nextId('sr') };
const book = (pair: SchedulingPair, start: string, count: number, durationMinutes = 60) =>
  planBooking({
    pair,
    request: { matchId: pair.matchId, start, durationMinutes, modality: 'video', repeat: { weekly: true, count } },
    officeHours: OFFICE_HOURS,
    now,
    ...ids,
  });

describe('booking a weekly series (Toronto peer, London client, 2027)', () => {
  it("keeps 18:00 in Toronto across the March changes, while London's time moves for two weeks", () => {
    // Act: Tuesdays from 2 March; Toronto springs forward 14 March, London 28 March
    const plan = book(TORONTO_LONDON, '2027-03-02T23:00:00Z', 6);
    // Assess
    const starts = plan.sessions.map((session) => session.start);
    expect(starts).toEqual([
      '2027-03-02T23:00:00Z',
      '2027-03-09T23:00:00Z',
      '2027-03-16T22:00:00Z',
      '2027-03-23T22:00:00Z',
      '2027-03-30T22:00:00Z',
      '2027-04-06T22:00:00Z',
    ]);
    expect(starts.map((start) => localOf(start, 'America/Toronto').slice(11))).toEqual(Array(6).fill('18:00'));
    expect(starts.map((start) => localOf(start, 'Europe/London').slice(11))).toEqual([
      '23:00',
      '23:00',
      '22:00',
      '22:00',
      '23:00',
      '23:00',
    ]);
    expect(plan.seriesId).toMatch(/^sr_/);
    expect(new Set(plan.sessions.map((session) => session.seriesId))).toEqual(new Set([plan.seriesId]));
  });

  it('keeps 18:00 in Toronto across the autumn changes (London 31 October, Toronto 7 November)', () => {
    const plan = book(TORONTO_LONDON, '2027-10-26T22:00:00Z', 3);
    expect(plan.sessions.map((session) => [session.start, localOf(session.start, 'Europe/London')])).toEqual([
      ['2027-10-26T22:00:00Z', '2027-10-26T23:00'],
      ['2027-11-02T22:00:00Z', '2027-11-02T22:00'],
      ['2027-11-09T23:00:00Z', '2027-11-09T23:00'],
    ]);
  });

  it('books Kolkata at its half-hour offset', () => {
    const pair: SchedulingPair = {
      ...TORONTO_LONDON,
      peer: { ...TORONTO_LONDON.peer, timeZone: 'Asia/Kolkata' },
      client: { ...TORONTO_LONDON.client, timeZone: 'Asia/Kolkata' },
    };
    const plan = book(pair, '2027-03-09T12:30:00Z', 3);
    expect(plan.sessions.map((session) => localOf(session.start, 'Asia/Kolkata'))).toEqual([
      '2027-03-09T18:00',
      '2027-03-16T18:00',
      '2027-03-23T18:00',
    ]);
  });

  it('moves a week whose local time does not exist forward by the gap (Toronto, 02:30 on 14 March)', () => {
    // Sundays 02:30 in Toronto from 7 March: on 14 March 02:30 does not exist
    const plan = book(TORONTO_LONDON, '2027-03-07T07:30:00Z', 3);
    expect(plan.sessions.map((session) => localOf(session.start, 'America/Toronto'))).toEqual([
      '2027-03-07T02:30',
      '2027-03-14T03:30',
      '2027-03-21T02:30',
    ]);
  });

  it('takes the earlier 01:30 of the night that has two (Toronto, 7 November)', () => {
    const plan = book(TORONTO_LONDON, '2027-10-31T05:30:00Z', 2);
    // 01:30 EDT is 05:30Z; the later 01:30 EST would be 06:30Z
    expect(plan.sessions.map((session) => session.start)).toEqual(['2027-10-31T05:30:00Z', '2027-11-07T05:30:00Z']);
  });

  it('keeps the exact instant asked for, even the later of a repeated hour', () => {
    const plan = planBooking({
      pair: TORONTO_LONDON,
      request: {
        matchId: TORONTO_LONDON.matchId,
        start: '2027-11-07T06:30:00Z',
        durationMinutes: 30,
        modality: 'phone',
      },
      now,
      ...ids,
    });
    expect(plan.sessions.map((session) => [session.start, session.end])).toEqual([
      ['2027-11-07T06:30:00Z', '2027-11-07T07:00:00Z'],
    ]);
    expect(plan.seriesId).toBeUndefined();
  });

  it("leaves out the peer's time off, saying only that it is time off", () => {
    const pair: SchedulingPair = {
      ...TORONTO_LONDON,
      peer: { ...TORONTO_LONDON.peer, timeOff: [{ date: '2027-03-16', reason: 'dentist' }] },
    };
    const plan = book(pair, '2027-03-09T23:00:00Z', 3);
    expect(plan.sessions.map((session) => session.start)).toEqual(['2027-03-09T23:00:00Z', '2027-03-23T22:00:00Z']);
    expect(plan.skipped).toEqual([{ start: '2027-03-16T22:00:00Z', reason: 'time off' }]);
  });

  it('flags sessions outside office hours and gives every session its own id, sequence 0', () => {
    const evening = book(TORONTO_LONDON, '2027-03-09T23:00:00Z', 2);
    const afternoon = book(TORONTO_LONDON, '2027-03-09T19:00:00Z', 1);
    expect(evening.sessions.map((session) => session.outsideOfficeHours)).toEqual([true, true]);
    expect(afternoon.sessions[0]?.outsideOfficeHours).toBe(false);
    expect(new Set(evening.sessions.map((session) => session.sessionId)).size).toBe(2);
    expect(evening.sessions.every((session) => session.sequence === 0 && session.status === 'scheduled')).toBe(true);
    expect(evening.occupancies[0]?.people).toEqual([TORONTO_LONDON.peerId, TORONTO_LONDON.clientId]);
  });

  it('refuses a modality the pair does not share and a start in the past', () => {
    const refusal = (request: Partial<Parameters<typeof planBooking>[0]['request']>) => {
      try {
        planBooking({
          pair: TORONTO_LONDON,
          request: {
            matchId: TORONTO_LONDON.matchId,
            start: '2027-03-09T23:00:00Z',
            durationMinutes: 60,
            modality: 'video',
            ...request,
          },
          now,
          ...ids,
        });
      } catch (error) {
        return (error as { code?: string }).code;
      }
      return undefined;
    };
    expect(refusal({ modality: 'text' })).toBe(REFUSALS.modalityNotShared);
    expect(refusal({ start: '2027-01-31T23:00:00Z' })).toBe(REFUSALS.startInPast);
  });
});

describe('booking, properties', () => {
  const zones = [
    'America/Toronto',
    'Europe/London',
    'Asia/Kolkata',
    'Australia/Lord_Howe',
    'America/Sao_Paulo',
    'Pacific/Auckland',
  ];

  it("keeps a series at one wall-clock time in the peer's zone across DST, except a week in a gap", () => {
    fc.assert(
      fc.property(
        fc.constantFrom(...zones),
        fc.integer({ min: 0, max: 2 * 365 * 1440 }),
        fc.integer({ min: 1, max: 52 }),
        (timeZone, offset, count) => {
          const pair = { ...TORONTO_LONDON, peer: { ...TORONTO_LONDON.peer, timeZone } };
          const start = new Date(Date.parse('2027-02-02T00:00:00Z') + Math.floor(offset / 15) * 15 * 60_000);
          const plan = book(pair, start.toISOString().replace('.000Z', 'Z'), count);
          const firstTime = localOf(plan.sessions[0]?.start as string, timeZone).slice(11);
          for (const [week, session] of plan.sessions.entries()) {
            // Oracle: Intl's own reading of each instant, and a week apart in local dates.
            const local = localOf(session.start, timeZone);
            const expectedDate = new Date(
              Date.parse(`${localOf(plan.sessions[0]?.start as string, timeZone).slice(0, 10)}T00:00:00Z`) +
                week * 7 * 86_400_000,
            )
              .toISOString()
              .slice(0, 10);
            expect(local.slice(0, 10)).toBe(expectedDate);
            if (local.slice(11) !== firstTime) {
              // Only a nonexistent local time may differ, and then it lies later the same day: no
              // instant in the three hours before shows the wanted wall-clock time on that date.
              expect(local.slice(11) > firstTime).toBe(true);
              const wanted = `${local.slice(0, 10)}T${firstTime}`;
              const before = Array.from({ length: 180 }, (_, minute) =>
                localOf(new Date(Date.parse(session.start) - (minute + 1) * 60_000).toISOString(), timeZone),
              );
              expect(before).not.toContain(wanted);
            }
          }
        },
      ),
      { numRuns: 150 },
    );
  });
});
