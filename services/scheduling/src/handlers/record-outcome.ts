import { httpHandler } from '@lantern/runtime';
import { SchedulingConflictError, SessionNotFoundError } from '../domain/errors.js';
import { planOutcome } from '../domain/index.js';
import { recordOutcomeRoute } from '../routes/record-outcome.js';
import { sessionsStore } from '../store/default-store.js';
import { assertMayActFor } from './shared/access.js';
import { planned } from './shared/refusals.js';

/** POST /sessions/{sessionId}/outcome: completed or no-show, once the session has started. */
export const handler = httpHandler(recordOutcomeRoute, async ({ params, body, caller }) => {
  const session = await sessionsStore.getSession(params.sessionId);
  await assertMayActFor(caller, session?.peerId);
  if (!session) throw new SessionNotFoundError();
  const now = new Date();
  const next = planned(() => planOutcome(session, body.status, now), 'status');
  if (!next) return { status: 200, body: session };
  const outcome = await sessionsStore.commit({ created: [], changed: [next], claims: [], events: [] }, { now });
  if (outcome === 'contended')
    throw new SchedulingConflictError('This session changed meanwhile; reload and try again.');
  return { status: 200, body: next };
});
