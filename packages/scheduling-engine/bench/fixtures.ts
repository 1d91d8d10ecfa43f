import type { WeeklyWindow } from '@lantern/contracts';
import type { AvailabilityException, Interval, OfficeHours, SchedulingPerson } from '../src/index.js';

/** Deterministic pseudo-random numbers (mulberry32), so every run measures the same data. */
export function random(seed: number): () => number {
  let state = seed >>> 0;
  return () => {
    state = (state + 0x6d2b79f5) >>> 0;
    let t = state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

const ZONES = [
  'America/Toronto',
  'America/Toronto',
  'America/Vancouver',
  'America/Winnipeg',
  'America/Halifax',
  'America/St_Johns',
  'America/New_York',
  'Europe/London',
  'Asia/Kolkata',
  'Australia/Lord_Howe',
];
const WEEKDAYS = ['mon', 'tue', 'wed', 'thu', 'fri'] as const;
const hhmm = (minutes: number) =>
  `${String(Math.floor(minutes / 60)).padStart(2, '0')}:${String(minutes % 60).padStart(2, '0')}`;

/** A realistic peer week: weekday evenings, a weekend afternoon, a few sessions, a day off. */
export function peerOf(index: number, from: number, weeks: number): SchedulingPerson & { id: string } {
  const next = random(index + 1);
  const pick = <T>(items: readonly T[]) => items[Math.floor(next() * items.length)] as T;
  const windows: WeeklyWindow[] = [];
  for (const day of WEEKDAYS) {
    if (next() < 0.3) continue;
    const start = (16 + Math.floor(next() * 4)) * 60 + (next() < 0.5 ? 0 : 30);
    windows.push({ day, start: hhmm(start), end: hhmm(Math.min(start + 120 + Math.floor(next() * 3) * 60, 1440)) });
  }
  windows.push({ day: pick(['sat', 'sun'] as const), start: '10:00', end: '14:00' });
  if (next() < 0.4) windows.push({ day: 'wed', start: '12:00', end: '13:30' });
  const sessions: Interval[] = [];
  for (let week = 0; week < weeks; week++) {
    const count = 2 + Math.floor(next() * 3);
    for (let i = 0; i < count; i++) {
      const start = from + week * 10080 + Math.floor(next() * 7 * 96) * 15;
      sessions.push({ start, end: start + 60 });
    }
  }
  const dayOff = new Date((from + Math.floor(next() * weeks * 7) * 1440) * 60_000).toISOString().slice(0, 10);
  const exceptions: AvailabilityException[] = [{ date: dayOff, reason: 'time off' }];
  return { id: `pr_${index}`, timeZone: pick(ZONES), windows, exceptions, sessions };
}

/** A client in Toronto who is free on weekday evenings and weekend days, with one booked session a week. */
export function clientOf(from: number, weeks: number): SchedulingPerson {
  const windows: WeeklyWindow[] = [
    ...WEEKDAYS.map((day) => ({ day, start: '17:00', end: '22:00' })),
    { day: 'sat', start: '09:00', end: '18:00' },
    { day: 'sun', start: '09:00', end: '18:00' },
  ];
  const sessions = Array.from({ length: weeks }, (_, week) => ({
    start: from + week * 10080 + 2 * 1440 + 23 * 60,
    end: from + week * 10080 + 2 * 1440 + 24 * 60,
  }));
  return {
    timeZone: 'America/Toronto',
    windows,
    sessions,
    exceptions: [{ date: '2026-11-11', start: '17:00', end: '19:00' }],
  };
}

export const OFFICE_HOURS: OfficeHours = {
  timeZone: 'America/Toronto',
  windows: WEEKDAYS.map((day) => ({ day, start: '09:00', end: '21:00' })),
  closures: [{ date: '2026-10-12', reason: 'Thanksgiving' }],
};
