import type { BookSessionsResult } from '@lantern/contracts';
import { httpHandler, idempotencyRecords } from '@lantern/runtime';
import { newEventId, newSeriesId, newSessionId } from '../domain/ids.js';
import { planBooking, sessionScheduledEvent } from '../domain/index.js';
import { bookSessionsRoute } from '../routes/book-sessions.js';
import { documents, sessionsStore, table } from '../store/default-store.js';
import { pairForCaller } from './shared/access.js';
import { claimTime, clashAnswer, withRetries } from './shared/claims.js';
import { sessionLinkToken } from './shared/links.js';
import { planned, wholeMinute } from './shared/refusals.js';
import { officeHours } from './shared/settings.js';

/**
 * POST /sessions: one session or a weekly series, all or nothing. Sessions, time claims and the
 * SessionScheduled event are one transaction; reminders follow from the table's stream.
 */
export const handler = httpHandler(
  bookSessionsRoute,
  async ({ body, caller, idempotency }) => {
    const now = new Date();
    const pair = await pairForCaller(caller, body.matchId);
    const request = { ...body, start: wholeMinute(body.start) };
    const plan = planned(() => planBooking({ pair, request, officeHours, now, newSessionId, newSeriesId }));
    const event = sessionScheduledEvent(pair, plan.sessions, sessionLinkToken, {
      eventId: newEventId(),
      occurredAt: now.toISOString(),
    });
    const answer: BookSessionsResult = {
      ...(plan.seriesId ? { seriesId: plan.seriesId } : {}),
      sessions: plan.sessions,
      skipped: plan.skipped,
    };
    const result = { status: 201, body: answer };
    return withRetries(async () => {
      const claims = await claimTime(plan.occupancies, [], plan.sessions.length, idempotency ? 1 : 0);
      if (!claims.ok) return clashAnswer(claims.conflicts);
      const outcome = await sessionsStore.commit(
        { created: plan.sessions, changed: [], claims: claims.writes, events: [event] },
        { now, idempotency: idempotency && { claim: idempotency, result } },
      );
      return outcome === 'committed' ? result : outcome;
    });
  },
  { idempotency: idempotencyRecords(documents, table) },
);
