import { describe, expect, it } from 'vitest';
import { expandWeeklyAvailability } from '../src/index.js';
import { asIso, at } from './helpers.js';

describe('expandWeeklyAvailability', () => {
  it('converts each weekly window on its own date, so the UTC instant moves when Toronto leaves DST', () => {
    // Prepare: Tuesdays 18:00-20:00 in Toronto; DST ends Sunday 1 November 2026.
    const windows = [{ day: 'tue', start: '18:00', end: '20:00' }] as const;
    const range = { from: at('2026-10-26T00:00:00Z'), to: at('2026-11-09T00:00:00Z') };

    // Act
    const intervals = expandWeeklyAvailability(windows, 'America/Toronto', range);

    // Assess: EDT (UTC-4) before, EST (UTC-5) after.
    expect(asIso(intervals)).toEqual([
      ['2026-10-27T22:00:00Z', '2026-10-28T00:00:00Z'],
      ['2026-11-03T23:00:00Z', '2026-11-04T01:00:00Z'],
    ]);
  });

  it('handles a half-hour zone such as Asia/Kolkata', () => {
    // Prepare
    const windows = [{ day: 'mon', start: '09:00', end: '12:30' }] as const;
    const range = { from: at('2026-03-02T00:00:00Z'), to: at('2026-03-03T00:00:00Z') };

    // Act
    const intervals = expandWeeklyAvailability(windows, 'Asia/Kolkata', range);

    // Assess: UTC+05:30
    expect(asIso(intervals)).toEqual([['2026-03-02T03:30:00Z', '2026-03-02T07:00:00Z']]);
  });

  it('joins a window ending at 24:00 with the next morning window into one interval', () => {
    // Prepare
    const windows = [
      { day: 'fri', start: '20:00', end: '24:00' },
      { day: 'sat', start: '00:00', end: '01:00' },
    ] as const;
    const range = { from: at('2026-06-01T00:00:00Z'), to: at('2026-06-08T00:00:00Z') };

    // Act
    const intervals = expandWeeklyAvailability(windows, 'Europe/London', range);

    // Assess: BST is UTC+1.
    expect(asIso(intervals)).toEqual([['2026-06-05T19:00:00Z', '2026-06-06T00:00:00Z']]);
  });

  it('removes a whole day off and a local time range off', () => {
    // Prepare
    const windows = [
      { day: 'mon', start: '09:00', end: '17:00' },
      { day: 'tue', start: '09:00', end: '17:00' },
    ] as const;
    const range = { from: at('2026-06-01T00:00:00Z'), to: at('2026-06-03T00:00:00Z') };
    const exceptions = [
      { date: '2026-06-01', reason: 'holiday' },
      { date: '2026-06-02', start: '12:00', end: '13:00' },
    ];

    // Act
    const intervals = expandWeeklyAvailability(windows, 'UTC', range, exceptions);

    // Assess
    expect(asIso(intervals)).toEqual([
      ['2026-06-02T09:00:00Z', '2026-06-02T12:00:00Z'],
      ['2026-06-02T13:00:00Z', '2026-06-02T17:00:00Z'],
    ]);
  });

  it('clips windows to the requested range', () => {
    // Prepare
    const windows = [{ day: 'wed', start: '10:00', end: '14:00' }] as const;
    const range = { from: at('2026-06-03T11:00:00Z'), to: at('2026-06-03T12:00:00Z') };

    // Act
    const intervals = expandWeeklyAvailability(windows, 'UTC', range);

    // Assess
    expect(asIso(intervals)).toEqual([['2026-06-03T11:00:00Z', '2026-06-03T12:00:00Z']]);
  });
});
