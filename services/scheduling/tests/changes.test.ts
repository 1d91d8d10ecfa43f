import { describe, expect, it } from 'vitest';
import {
  localOf,
  planBooking,
  planCancel,
  planOutcome,
  planReschedule,
  REFUSALS,
  sessionsInScope,
} from '../src/domain/index.js';
import { nextId, OFFICE_HOURS, session, TORONTO_LONDON } from './fixtures.js';

const booked = new Date('2027-02-01T12:00:00Z');
const later = new Date('2027-03-01T12:00:00Z');

function series() {
  return planBooking({
    pair: TORONTO_LONDON,
    request: {
      matchId: TORONTO_LONDON.matchId,
      start: '2027-03-02T23:00:00Z',
      durationMinutes: 60,
      modality: 'video',
      repeat: { weekly: true, count: 4 },
    },
    officeHours: OFFICE_HOURS,
    now: booked,
    newSessionId: nextId('se'),
    newSeriesId: nextId('sr'),
  }).sessions;
}

const codeOf = (act: () => unknown) => {
  try {
    act();
  } catch (error) {
    return (error as { code?: string }).code;
  }
  return undefined;
};

describe('rescheduling', () => {
  it('moves one occurrence: same id, sequence and version raised, its old time freed', () => {
    // Prepare
    const sessions = series();
    const target = sessions[1]!;
    // Act
    const change = planReschedule(
      sessionsInScope(target, sessions, 'this', later),
      { start: '2027-03-10T23:00:00Z' },
      OFFICE_HOURS,
      later,
    );
    // Assess
    expect(change?.sessions).toEqual([
      expect.objectContaining({
        sessionId: target.sessionId,
        start: '2027-03-10T23:00:00Z',
        end: '2027-03-11T00:00:00Z',
        sequence: 1,
        version: 2,
      }),
    ]);
    expect(change?.releasing).toEqual([
      expect.objectContaining({ sessionId: target.sessionId, start: Date.parse(target.start) / 60_000 }),
    ]);
  });

  it('moves an occurrence and the following ones by the same wall-clock shift in the peer’s zone, across DST', () => {
    const sessions = series();
    const target = sessions[1]!; // 9 March, before Toronto's change on 14 March
    // One hour later on the peer's clock: 19:00 Toronto
    const change = planReschedule(
      sessionsInScope(target, sessions, 'following', later),
      { start: '2027-03-10T00:00:00Z' },
      OFFICE_HOURS,
      later,
    );
    expect(change?.sessions.map((moved) => localOf(moved.start, 'America/Toronto'))).toEqual([
      '2027-03-09T19:00',
      '2027-03-16T19:00',
      '2027-03-23T19:00',
    ]);
    expect(change?.sessions.map((moved) => moved.sessionId)).toEqual(sessions.slice(1).map((kept) => kept.sessionId));
    expect(change?.before.map((kept) => kept.start)).toEqual(sessions.slice(1).map((kept) => kept.start));
  });

  it('changes the length of the following occurrences without moving them', () => {
    const sessions = series();
    const change = planReschedule(
      sessionsInScope(sessions[2]!, sessions, 'following', later),
      { durationMinutes: 90 },
      undefined,
      later,
    );
    expect(change?.sessions.map((moved) => [moved.start, moved.end])).toEqual([
      ['2027-03-16T22:00:00Z', '2027-03-16T23:30:00Z'],
      ['2027-03-23T22:00:00Z', '2027-03-23T23:30:00Z'],
    ]);
  });

  it('changes nothing when the time asked for is the time it has', () => {
    const sessions = series();
    const target = sessions[0]!;
    expect(planReschedule([target], { start: target.start }, undefined, later)).toBeUndefined();
  });

  it('refuses to move a session that has started, or to a time in the past', () => {
    const started = session({ start: '2027-03-01T11:30:00Z', end: '2027-03-01T12:30:00Z' });
    expect(codeOf(() => sessionsInScope(started, [started], 'this', later))).toBe(REFUSALS.notChangeable);
    const upcoming = session();
    expect(codeOf(() => planReschedule([upcoming], { start: '2027-02-28T23:00:00Z' }, undefined, later))).toBe(
      REFUSALS.startInPast,
    );
  });

  it('leaves cancelled and past occurrences out of "following"', () => {
    const sessions = series();
    const withCancelled = sessions.map((kept, index) =>
      index === 2 ? { ...kept, status: 'cancelled' as const } : kept,
    );
    expect(sessionsInScope(withCancelled[1]!, withCancelled, 'following', later).map((kept) => kept.sessionId)).toEqual(
      [sessions[1]!.sessionId, sessions[3]!.sessionId],
    );
  });
});

describe('cancelling', () => {
  it('cancels an occurrence and the rest: sequence raised, all their time freed', () => {
    const sessions = series();
    const change = planCancel(sessionsInScope(sessions[1]!, sessions, 'following', later), later);
    expect(change.sessions.map((cancelled) => [cancelled.status, cancelled.sequence])).toEqual([
      ['cancelled', 1],
      ['cancelled', 1],
      ['cancelled', 1],
    ]);
    expect(change.adding).toEqual([]);
    expect(change.releasing.map((freed) => freed.sessionId)).toEqual(sessions.slice(1).map((kept) => kept.sessionId));
  });
});

describe('recording the outcome', () => {
  it('records it once the session has started, and changes nothing the second time', () => {
    const started = session({ start: '2027-03-01T11:30:00Z', end: '2027-03-01T12:30:00Z' });
    const recorded = planOutcome(started, 'completed', later);
    expect(recorded).toMatchObject({ status: 'completed', version: 2, sequence: 0 });
    expect(planOutcome(recorded!, 'completed', later)).toBeUndefined();
  });

  it('refuses an outcome before the start, or of a cancelled session', () => {
    expect(codeOf(() => planOutcome(session(), 'no_show', later))).toBe(REFUSALS.outcomeTooEarly);
    const cancelled = session({ start: '2027-02-20T23:00:00Z', end: '2027-02-21T00:00:00Z', status: 'cancelled' });
    expect(codeOf(() => planOutcome(cancelled, 'completed', later))).toBe(REFUSALS.outcomeOfCancelled);
  });
});
