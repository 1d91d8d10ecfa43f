import type { BookSessionsRequest, Session } from '@lantern/contracts';
import { type OfficeHours, SKIP_REASONS, weeklySeries } from '@lantern/scheduling-engine';
import type { Occupancy } from './claims.js';
import { isOutsideOfficeHours } from './office-hours.js';
import type { SchedulingPair } from './projections.js';
import { REFUSALS, SchedulingRefusal } from './refusals.js';
import { localOf, minutesOf } from './wall-clock.js';

export interface BookingInput {
  pair: SchedulingPair;
  request: BookSessionsRequest;
  officeHours?: OfficeHours;
  now: Date;
  newSessionId: () => string;
  newSeriesId: () => string;
}

export interface BookingPlan {
  seriesId?: string;
  sessions: Session[];
  /** Weeks left out because of the peer's time off; the reason is generic (time off stays private). */
  skipped: { start: string; reason: string }[];
  occupancies: Occupancy[];
}

export const occupancyOf = (
  session: Pick<Session, 'sessionId' | 'start' | 'end' | 'peerId' | 'clientId'>,
): Occupancy => ({
  sessionId: session.sessionId,
  start: minutesOf(session.start),
  end: minutesOf(session.end),
  people: [session.peerId, session.clientId],
});

/**
 * The sessions a booking creates: one, or `repeat.count` weekly dates at the same wall-clock time
 * in the peer's zone (the engine's `weeklySeries`: a time in a spring gap moves forward, a repeated
 * time takes the earlier instant), leaving out weeks of the peer's time off. The first occurrence
 * is exactly the instant asked for. Clashes are the claims' business (`planClaims`).
 */
export function planBooking({ pair, request, officeHours, now, newSessionId, newSeriesId }: BookingInput): BookingPlan {
  if (!pair.modalities.includes(request.modality)) {
    throw new SchedulingRefusal(REFUSALS.modalityNotShared, 'That way of meeting is not one both people use.');
  }
  if (minutesOf(request.start) < Math.ceil(now.getTime() / 60_000)) {
    throw new SchedulingRefusal(REFUSALS.startInPast, 'The start is in the past.');
  }
  const timeZone = pair.peer.timeZone;
  const count = request.repeat?.count ?? 1;
  const shape = {
    firstStart: localOf(request.start, timeZone),
    timeZone,
    count,
    durationMinutes: request.durationMinutes,
  };
  const every = weeklySeries(shape).occurrences;
  const kept = weeklySeries({ ...shape, exceptions: pair.peer.timeOff }).occurrences;
  const keptStarts = new Set(kept.map((occurrence) => occurrence.start));
  const seriesId = request.repeat ? newSeriesId() : undefined;
  const at = now.toISOString();
  const sessions: Session[] = [];
  const skipped: BookingPlan['skipped'] = [];
  every.forEach((occurrence, week) => {
    // The asked-for instant wins over the rule for week 0 (the later of a repeated hour, say).
    const start = week === 0 ? request.start : occurrence.start;
    const end = new Date(Date.parse(start) + request.durationMinutes * 60_000).toISOString().replace('.000Z', 'Z');
    if (!keptStarts.has(occurrence.start)) {
      skipped.push({ start, reason: SKIP_REASONS.timeOff });
      return;
    }
    sessions.push({
      sessionId: newSessionId(),
      ...(seriesId ? { seriesId } : {}),
      matchId: pair.matchId,
      peerId: pair.peerId,
      clientId: pair.clientId,
      start,
      end,
      timeZone,
      modality: request.modality,
      status: 'scheduled',
      sequence: 0,
      outsideOfficeHours: isOutsideOfficeHours(officeHours, start, end),
      version: 1,
      createdAt: at,
      updatedAt: at,
    });
  });
  if (sessions.length === 0) throw new SchedulingRefusal(REFUSALS.nothingToBook, 'Every week falls in time off.');
  return { ...(seriesId ? { seriesId } : {}), sessions, skipped, occupancies: sessions.map(occupancyOf) };
}
