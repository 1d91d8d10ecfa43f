import ICAL from 'ical.js';
import { describe, expect, it } from 'vitest';
import {
  InvalidScheduleInputError,
  type SessionInviteRequest,
  sessionInvite,
  UnknownTimeZoneError,
  weeklySeries,
} from '../src/index.js';

const baseRequest: SessionInviteRequest = {
  sessionId: 'se_01J9Z8',
  sequence: 0,
  method: 'REQUEST',
  start: '2026-10-27T22:00:00Z',
  durationMinutes: 60,
  timeZone: 'America/Toronto',
  firstName: 'Amira',
  organizer: { name: 'Lantern Peer Support', email: 'sessions@example.org' },
  attendees: [{ email: 'client@example.org', name: 'Sam' }],
  stamp: '2026-10-01T12:00:00Z',
};

/** Parses an invite with ical.js, registering its VTIMEZONE as a calendar app would. */
function parse(text: string) {
  const calendar = new ICAL.Component(ICAL.parse(text));
  for (const zone of calendar.getAllSubcomponents('vtimezone')) ICAL.TimezoneService.register(zone);
  const vevent = calendar.getFirstSubcomponent('vevent');
  if (!vevent) throw new Error('no VEVENT');
  return { calendar, vevent, event: new ICAL.Event(vevent) };
}

/** Every start of the event as ical.js expands it (RRULE, RDATE, EXDATE), as UTC ISO strings. */
function expand(event: ICAL.Event): string[] {
  const iterator = event.iterator();
  const starts: string[] = [];
  for (let next = iterator.next(); next; next = iterator.next())
    starts.push(next.toJSDate().toISOString().replace('.000Z', 'Z'));
  return starts;
}

describe('sessionInvite', () => {
  it('parses back with ical.js to the right instant in the peer’s zone', () => {
    // Prepare
    const request = baseRequest;

    // Act
    const { calendar, event } = parse(sessionInvite(request));

    // Assess
    expect(calendar.getFirstPropertyValue('method')).toBe('REQUEST');
    expect(event.startDate.zone?.tzid).toBe('America/Toronto');
    expect(event.startDate.toJSDate().toISOString()).toBe('2026-10-27T22:00:00.000Z');
    expect(event.endDate.toJSDate().toISOString()).toBe('2026-10-27T23:00:00.000Z');
    expect(event.startDate.toString()).toBe('2026-10-27T18:00:00');
  });

  it('keeps the UID across changes and raises SEQUENCE, and cancels with METHOD CANCEL', () => {
    // Prepare
    const rescheduled = { ...baseRequest, sequence: 1, start: '2026-10-28T22:00:00Z' };
    const cancelled = { ...baseRequest, sequence: 2, method: 'CANCEL' as const };

    // Act
    const [first, second, third] = [baseRequest, rescheduled, cancelled].map((request) =>
      parse(sessionInvite(request)),
    );

    // Assess
    expect(new Set([first?.event.uid, second?.event.uid, third?.event.uid])).toEqual(
      new Set(['se_01J9Z8@lantern.invalid']),
    );
    expect([first?.event.sequence, second?.event.sequence, third?.event.sequence]).toEqual([0, 1, 2]);
    expect(third?.calendar.getFirstPropertyValue('method')).toBe('CANCEL');
    expect(third?.vevent.getFirstPropertyValue('status')).toBe('CANCELLED');
  });

  it('says nothing beyond "Session with <first name>" in the title and description', () => {
    // Prepare
    const request = { ...baseRequest, firstName: '  Amira Haddad-Smith ' };

    // Act
    const { event } = parse(sessionInvite(request));

    // Assess
    expect(event.summary).toBe('Session with Amira');
    expect(event.description).toBe('Session with Amira');
  });

  it('writes UTC instants without a VTIMEZONE for a peer in UTC', () => {
    // Prepare
    const request = { ...baseRequest, timeZone: 'UTC' };

    // Act
    const text = sessionInvite(request);
    const { event } = parse(text);

    // Assess
    expect(text).not.toContain('BEGIN:VTIMEZONE');
    expect(text).toContain('DTSTART:20261027T220000Z');
    expect(event.startDate.toJSDate().toISOString()).toBe('2026-10-27T22:00:00.000Z');
  });

  it('expands a weekly series in ical.js to the same instants as weeklySeries, across both DST changes', () => {
    // Prepare: Tuesdays 18:00 Toronto from 20 October; the fourth week is skipped.
    const series = weeklySeries({
      firstStart: '2026-10-20T18:00',
      timeZone: 'America/Toronto',
      count: 6,
      durationMinutes: 60,
      skipDates: ['2026-11-10'],
    });
    const request = { ...baseRequest, start: '2026-10-20T22:00:00Z', repeat: { count: 6, skipDates: ['2026-11-10'] } };

    // Act
    const { event } = parse(sessionInvite(request));
    const starts = expand(event);

    // Assess
    expect(starts).toEqual(series.occurrences.map((occurrence) => occurrence.start));
  });

  it('rejects an unknown zone, a negative sequence and an id that could break the UID', () => {
    // Prepare
    const attempts = [
      { ...baseRequest, timeZone: 'Mars/Olympus' },
      { ...baseRequest, sequence: -1 },
      { ...baseRequest, sessionId: 'se_1\r\nATTENDEE:x' },
    ];

    // Act
    const results = attempts.map((request) => () => sessionInvite(request));

    // Assess
    expect(results[0]).toThrow(UnknownTimeZoneError);
    expect(results[1]).toThrow(InvalidScheduleInputError);
    expect(results[2]).toThrow(InvalidScheduleInputError);
  });

  it('parses an invite in Asia/Kolkata, a half-hour zone without DST, to the right instant', () => {
    // Prepare: 18:30 IST is 13:00Z.
    const request = { ...baseRequest, start: '2026-10-29T13:00:00Z', timeZone: 'Asia/Kolkata' };

    // Act
    const { event } = parse(sessionInvite(request));

    // Assess
    expect(event.startDate.zone?.tzid).toBe('Asia/Kolkata');
    expect(event.startDate.toString()).toBe('2026-10-29T18:30:00');
    expect(event.startDate.toJSDate().toISOString()).toBe('2026-10-29T13:00:00.000Z');
  });

  it('parses an invite in Australia/Lord_Howe, with its 30-minute DST, to the right instants', () => {
    // Prepare: a series from 27 September across the 4 October change (+10:30 to +11:00).
    const request = {
      ...baseRequest,
      start: '2026-09-27T08:00:00Z',
      timeZone: 'Australia/Lord_Howe',
      repeat: { count: 3 },
    };
    const series = weeklySeries({
      firstStart: '2026-09-27T18:30',
      timeZone: 'Australia/Lord_Howe',
      count: 3,
      durationMinutes: 60,
    });

    // Act
    const { event } = parse(sessionInvite(request));
    const iterator = event.iterator();
    const starts = [iterator.next(), iterator.next(), iterator.next()].map((time) =>
      time?.toJSDate().toISOString().replace('.000Z', 'Z'),
    );

    // Assess
    expect(event.startDate.zone?.tzid).toBe('Australia/Lord_Howe');
    expect(starts).toEqual(series.occurrences.map((occurrence) => occurrence.start));
    expect(starts).toEqual(['2026-09-27T08:00:00Z', '2026-10-04T07:30:00Z', '2026-10-11T07:30:00Z']);
  });

  it('pins series occurrences at a nonexistent or repeated local time to the instants weeklySeries chose', () => {
    // Prepare: Sundays 02:30 across the March gap, and Sundays 01:30 across the November repeat.
    const cases = [
      { firstStart: '2026-03-01T02:30', start: '2026-03-01T07:30:00Z' },
      { firstStart: '2026-10-25T01:30', start: '2026-10-25T05:30:00Z' },
    ];

    for (const { firstStart, start } of cases) {
      const series = weeklySeries({ firstStart, timeZone: 'America/Toronto', count: 3, durationMinutes: 60 });

      // Act
      const { event } = parse(sessionInvite({ ...baseRequest, start, repeat: { count: 3 } }));

      // Assess
      expect(expand(event)).toEqual(series.occurrences.map((occurrence) => occurrence.start));
    }
  });

  it('writes a single session at a repeated local time in UTC so that every reader gets the earlier instant', () => {
    // Prepare: 01:30 EDT on 1 November 2026, the first of the two 01:30s in Toronto.
    const request = { ...baseRequest, start: '2026-11-01T05:30:00Z' };

    // Act
    const { event } = parse(sessionInvite(request));

    // Assess
    expect(event.startDate.toJSDate().toISOString()).toBe('2026-11-01T05:30:00.000Z');
    expect(event.startDate.zone?.tzid).toBe('UTC');
  });
});
