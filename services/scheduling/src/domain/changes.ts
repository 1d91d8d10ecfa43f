import type { ChangeScope, Session } from '@lantern/contracts';
import type { OfficeHours } from '@lantern/scheduling-engine';
import { occupancyOf } from './booking.js';
import type { Occupancy } from './claims.js';
import { isOutsideOfficeHours } from './office-hours.js';
import { REFUSALS, SchedulingRefusal } from './refusals.js';
import {
  addWallClockMinutes,
  instantOfLocal,
  isoOf,
  localOf,
  minutesOf,
  wallClockMinutesBetween,
} from './wall-clock.js';

/** A session that has not started and is still scheduled may move or be cancelled. */
export const isChangeable = (session: Session, now: Date): boolean =>
  session.status === 'scheduled' && Date.parse(session.start) > now.getTime();

/**
 * The sessions a change applies to: the target alone, or the target and the later changeable
 * occurrences of its series, in time order.
 */
export function sessionsInScope(target: Session, series: readonly Session[], scope: ChangeScope, now: Date): Session[] {
  if (!isChangeable(target, now)) {
    throw new SchedulingRefusal(REFUSALS.notChangeable, 'This session has started, ended or was cancelled.');
  }
  if (scope === 'this' || !target.seriesId) return [target];
  const later = series.filter(
    (session) =>
      session.seriesId === target.seriesId &&
      session.sessionId !== target.sessionId &&
      session.start > target.start &&
      isChangeable(session, now),
  );
  return [target, ...later].sort((a, b) => a.start.localeCompare(b.start));
}

export interface Change {
  /** The sessions as they will be stored (same ids, sequence and version raised). */
  sessions: Session[];
  /** Their time before the change, for the claims (freed) and the event (`previousStart`). */
  before: Session[];
  adding: Occupancy[];
  releasing: Occupancy[];
}

const revised = (session: Session, now: Date, patch: Partial<Session>): Session => ({
  ...session,
  ...patch,
  sequence: session.sequence + 1,
  version: session.version + 1,
  updatedAt: now.toISOString(),
});

/**
 * Moves the scoped sessions. The target goes to `start` (or keeps it) with `durationMinutes`; the
 * following ones move by the same wall-clock shift in the peer's zone, so a series keeps one local
 * time across DST. `undefined` when nothing changes (no write, no event).
 */
export function planReschedule(
  scoped: readonly Session[],
  change: { start?: string; durationMinutes?: number },
  officeHours: OfficeHours | undefined,
  now: Date,
): Change | undefined {
  const [target] = scoped;
  if (!target) return undefined;
  const newStart = change.start ?? target.start;
  if (change.start !== undefined && minutesOf(change.start) < Math.ceil(now.getTime() / 60_000)) {
    throw new SchedulingRefusal(REFUSALS.startInPast, 'The new start is in the past.');
  }
  const zone = target.timeZone;
  const shift = wallClockMinutesBetween(localOf(target.start, zone), localOf(newStart, zone));
  const moved: Session[] = [];
  const before: Session[] = [];
  for (const session of scoped) {
    const duration = change.durationMinutes ?? minutesOf(session.end) - minutesOf(session.start);
    const start =
      session === target ? newStart : instantOfLocal(addWallClockMinutes(localOf(session.start, zone), shift), zone);
    const end = isoOf(minutesOf(start) + duration);
    if (start === session.start && end === session.end) continue;
    before.push(session);
    moved.push(
      revised(session, now, { start, end, outsideOfficeHours: isOutsideOfficeHours(officeHours, start, end) }),
    );
  }
  if (moved.length === 0) return undefined;
  return { sessions: moved, before, adding: moved.map(occupancyOf), releasing: before.map(occupancyOf) };
}

/** Cancels the scoped sessions: their time is freed, their reminders go. */
export function planCancel(scoped: readonly Session[], now: Date): Change {
  const sessions = scoped.map((session) => revised(session, now, { status: 'cancelled' }));
  return { sessions, before: [...scoped], adding: [], releasing: scoped.map(occupancyOf) };
}

/**
 * Records what happened, once the session has started. The calendar does not change, so the
 * `sequence` stays; `undefined` when the outcome is already the one given.
 */
export function planOutcome(session: Session, status: 'completed' | 'no_show', now: Date): Session | undefined {
  if (session.status === 'cancelled') {
    throw new SchedulingRefusal(REFUSALS.outcomeOfCancelled, 'A cancelled session has no outcome.');
  }
  if (Date.parse(session.start) > now.getTime()) {
    throw new SchedulingRefusal(REFUSALS.outcomeTooEarly, 'The session has not started yet.');
  }
  if (session.status === status) return undefined;
  return { ...session, status, version: session.version + 1, updatedAt: now.toISOString() };
}
