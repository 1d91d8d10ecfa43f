import type { ChangeScope, Session } from '@lantern/contracts';
import type { HttpResult } from '@lantern/runtime';
import { SessionNotFoundError } from '../../domain/errors.js';
import { newEventId } from '../../domain/ids.js';
import {
  planCancel,
  planReschedule,
  sessionCancelledEvent,
  sessionRescheduledEvent,
  sessionsInScope,
} from '../../domain/index.js';
import { sessionsStore } from '../../store/default-store.js';
import { pairOf } from './access.js';
import { claimTime, clashAnswer, withRetries } from './claims.js';
import { sessionLinkToken } from './links.js';
import { planned, wholeMinute } from './refusals.js';
import { officeHours } from './settings.js';

type ChangedBy = 'staff' | 'client';
export type ChangeOutcome = { ok: true; sessions: Session[] } | { ok: false; answer: HttpResult };

/** The target (read consistently) and the sessions of the change's scope, read afresh on every attempt. */
async function scopeOf(sessionId: string, scope: ChangeScope, now: Date) {
  const target = await sessionsStore.getSession(sessionId);
  if (!target) throw new SessionNotFoundError();
  const series = scope === 'following' && target.seriesId ? await sessionsStore.seriesSessions(target.seriesId) : [];
  return { target, scoped: planned(() => sessionsInScope(target, series, scope, now)) };
}

/** Moves one occurrence or it and the rest of its series; 409 with every clash, nothing changed. */
export function reschedule(
  sessionId: string,
  request: { start?: string | undefined; durationMinutes?: number | undefined; scope: ChangeScope },
  changedBy: ChangedBy,
  now: Date,
): Promise<ChangeOutcome> {
  const start = request.start === undefined ? undefined : wholeMinute(request.start);
  return withRetries(async () => {
    const { target, scoped } = await scopeOf(sessionId, request.scope, now);
    const pair = await pairOf(target.matchId);
    const change = planned(() =>
      planReschedule(
        scoped,
        {
          ...(start ? { start } : {}),
          ...(request.durationMinutes ? { durationMinutes: request.durationMinutes } : {}),
        },
        officeHours,
        now,
      ),
    );
    if (!change) return { ok: true, sessions: [] };
    const claims = await claimTime(change.adding, change.releasing, change.sessions.length);
    if (!claims.ok) return { ok: false, answer: clashAnswer(claims.conflicts) };
    const event = sessionRescheduledEvent(pair, change, changedBy, sessionLinkToken, {
      eventId: newEventId(),
      occurredAt: now.toISOString(),
    });
    const outcome = await sessionsStore.commit(
      { created: [], changed: change.sessions, claims: claims.writes, events: [event] },
      { now },
    );
    return outcome === 'committed' ? { ok: true, sessions: change.sessions } : outcome;
  });
}

/** Cancels one occurrence or it and the rest of its series: their time is freed, their reminders go. */
export function cancel(sessionId: string, scope: ChangeScope, changedBy: ChangedBy, now: Date): Promise<Session[]> {
  return withRetries(async () => {
    const { target, scoped } = await scopeOf(sessionId, scope, now);
    const pair = await pairOf(target.matchId);
    const change = planCancel(scoped, now);
    const claims = await claimTime([], change.releasing, change.sessions.length);
    const event = sessionCancelledEvent(pair, change.sessions, changedBy, {
      eventId: newEventId(),
      occurredAt: now.toISOString(),
    });
    const outcome = await sessionsStore.commit(
      { created: [], changed: change.sessions, claims: claims.ok ? claims.writes : [], events: [event] },
      { now },
    );
    return outcome === 'committed' ? change.sessions : outcome;
  });
}
