import type { OpenSlot, Session } from '@lantern/contracts';
import { describe, expect, it, vi } from 'vitest';
import { ApiError } from '../src/api/api-error.js';
import { useBooking } from '../src/composables/useBooking.js';
import { useSessionList } from '../src/composables/useSessionList.js';
import { addDays, dateIn, instantFromLocalInput, timeIn, weekOf } from '../src/sessions/time.js';

const MATCH = 'ma_01J0000000000000000000000A';
const slot = (start: string, extra: Partial<OpenSlot> = {}): OpenSlot => ({
  start,
  end: new Date(Date.parse(start) + 3_600_000).toISOString().replace('.000', ''),
  outsideOfficeHours: false,
  sameTimeEveryWeek: true,
  weeksFree: 2,
  ...extra,
});
const SLOTS = [slot('2027-03-10T00:00:00Z'), slot('2027-03-09T23:00:00Z', { outsideOfficeHours: true })];
const TODAY = () => new Date('2027-03-08T15:00:00Z');

describe('times in each person’s zone', () => {
  it('puts a late-evening Toronto start on its Toronto day, and gives London its own clock', () => {
    // Act
    const week = weekOf(SLOTS, '2027-03-08', 'America/Toronto');

    // Assess
    expect(week.map((day) => day.date)).toEqual([
      '2027-03-08',
      '2027-03-09',
      '2027-03-10',
      '2027-03-11',
      '2027-03-12',
      '2027-03-13',
      '2027-03-14',
    ]);
    expect(week[1]?.items.map((item) => item.start)).toEqual(['2027-03-09T23:00:00Z', '2027-03-10T00:00:00Z']);
    expect(timeIn('2027-03-09T23:00:00Z', 'Europe/London', 'en-GB')).toBe('23:00');
    expect(timeIn('2027-03-09T23:00:00Z', 'Asia/Kolkata', 'en-GB')).toBe('4:30');
    expect(dateIn('2027-03-09T23:00:00Z', 'Asia/Kolkata')).toBe('2027-03-10');
    expect(addDays('2027-03-08', 7)).toBe('2027-03-15');
    expect(instantFromLocalInput('not a time')).toBeNull();
  });
});

describe('booking from the open slots', () => {
  const api = (book: (...args: unknown[]) => Promise<unknown>) => ({
    slots: vi.fn(async () => ({ items: SLOTS })),
    book: vi.fn(book) as never,
  });

  it('books a weekly series at the chosen start, once per distinct request', async () => {
    // Prepare
    const calls = api(async () => ({ seriesId: 'sr_x', sessions: [], skipped: [] }));
    let key = 0;
    const booking = useBooking(calls, { matchId: MATCH, viewerZone: 'America/Toronto' }, () => `key-${++key}`, TODAY);
    await booking.load();

    // Act
    booking.choose('2027-03-09T23:00:00Z');
    booking.weekly.value = true;
    booking.count.value = 12;
    const done = await booking.book();

    // Assess
    expect(done).toBe(true);
    expect(calls.slots).toHaveBeenCalledWith(MATCH, '2027-03-07', 2, 60);
    expect(calls.book).toHaveBeenCalledWith(
      {
        matchId: MATCH,
        start: '2027-03-09T23:00:00Z',
        durationMinutes: 60,
        modality: 'video',
        repeat: { weekly: true, count: 12 },
      },
      'key-1',
    );
    expect(booking.booked.value?.seriesId).toBe('sr_x');
    expect(booking.selected.value).toBeNull();
  });

  it('lists every clash of a 409 once, in time order, and books nothing', async () => {
    // Prepare
    const problem = {
      type: 'about:blank',
      title: 'Conflict',
      status: 409,
      conflicts: [
        { start: '2027-03-23T23:00:00Z', sessionId: 'se_01J0000000000000000000000B' },
        { start: '2027-03-16T23:00:00Z', sessionId: 'se_01J0000000000000000000000C' },
        { start: '2027-03-16T23:00:00Z', sessionId: 'se_01J0000000000000000000000D' },
      ],
    };
    const calls = api(async () => Promise.reject(new ApiError(409, undefined, problem)));
    const booking = useBooking(calls, { matchId: MATCH, viewerZone: 'America/Toronto' }, () => 'k', TODAY);
    await booking.load();
    booking.choose('2027-03-09T23:00:00Z');

    // Act
    const done = await booking.book();

    // Assess
    expect(done).toBe(false);
    expect(booking.failure.value).toBe('conflict');
    expect(booking.conflicts.value).toEqual(['2027-03-16T23:00:00Z', '2027-03-23T23:00:00Z']);
    expect(booking.booked.value).toBeNull();
  });

  it('does nothing without a chosen slot, and says so plainly when booking fails otherwise', async () => {
    // Prepare
    const calls = api(async () => Promise.reject(new ApiError(500, undefined)));
    const booking = useBooking(calls, { matchId: MATCH, viewerZone: 'America/Toronto' }, () => 'k', TODAY);
    await booking.load();

    // Act
    const without = await booking.book();
    booking.choose('2027-03-10T00:00:00Z');
    const failed = await booking.book();

    // Assess
    expect(without).toBe(false);
    expect(failed).toBe(false);
    expect(calls.book).toHaveBeenCalledTimes(1);
    expect(booking.failure.value).toBe('failed');
  });
});

describe('a client’s sessions', () => {
  it('records an outcome and reads the list again; a refusal stays on that session', async () => {
    // Prepare
    const ended = { sessionId: 'se_01J0000000000000000000000G', start: '2027-03-02T23:00:00Z' } as Session;
    const list = vi.fn(async () => ({ items: [ended], nextCursor: null }));
    const recordOutcome = vi
      .fn()
      .mockResolvedValueOnce({ ...ended, status: 'completed' })
      .mockRejectedValueOnce(new ApiError(409, undefined));
    const sessions = useSessionList(
      { list, reschedule: vi.fn(), cancel: vi.fn(), recordOutcome },
      { clientId: 'cl_x' },
    );

    // Act
    const first = await sessions.recordOutcome(ended, 'completed');
    const second = await sessions.recordOutcome(ended, 'no_show');

    // Assess
    expect(recordOutcome.mock.calls).toEqual([
      [ended.sessionId, 'completed'],
      [ended.sessionId, 'no_show'],
    ]);
    expect([first, second]).toEqual([true, false]);
    expect(list).toHaveBeenCalledTimes(1);
    expect(sessions.failure.value).toEqual({ sessionId: ended.sessionId, kind: 'conflict' });
  });

  const session = { sessionId: 'se_01J0000000000000000000000E', start: '2027-03-09T23:00:00Z' } as Session;

  it('reads every page, and shows a clash when a move is refused', async () => {
    // Prepare
    const list = vi
      .fn()
      .mockResolvedValueOnce({ items: [session], nextCursor: 'next' })
      .mockResolvedValueOnce({
        items: [{ ...session, sessionId: 'se_01J0000000000000000000000F', start: '2027-03-02T23:00:00Z' }],
        nextCursor: null,
      });
    const sessions = useSessionList(
      {
        list,
        reschedule: vi.fn(async () => Promise.reject(new ApiError(409, undefined))),
        cancel: vi.fn(),
        recordOutcome: vi.fn(),
      },
      { clientId: 'cl_x' },
    );

    // Act
    await sessions.load();
    const moved = await sessions.reschedule(session, '2027-03-10T23:00:00Z', 'this');

    // Assess
    expect(list).toHaveBeenNthCalledWith(2, { clientId: 'cl_x' }, 'next');
    expect(sessions.sessions.value.map((item) => item.start)).toEqual(['2027-03-02T23:00:00Z', '2027-03-09T23:00:00Z']);
    expect(moved).toBe(false);
    expect(sessions.failure.value).toEqual({ sessionId: session.sessionId, kind: 'conflict' });
  });

  it('reads a peer’s own week in its range, and cancels with the scope chosen', async () => {
    // Prepare
    const list = vi.fn(async () => ({ items: [session], nextCursor: null }));
    const cancel = vi.fn(async () => ({ cancelled: [] }));
    const range = { from: '2027-03-08T00:00:00Z', to: '2027-03-15T00:00:00Z' };
    const week = useSessionList({ list, reschedule: vi.fn(), cancel, recordOutcome: vi.fn() }, {}, () => range);

    // Act
    await week.load();
    const cancelled = await week.cancel(session, 'following');

    // Assess
    expect(list).toHaveBeenCalledWith(range, undefined);
    expect(cancel).toHaveBeenCalledWith(session.sessionId, 'following');
    expect(cancelled).toBe(true);
    expect(list).toHaveBeenCalledTimes(2);
  });
});
