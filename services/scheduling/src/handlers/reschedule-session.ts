import { httpHandler } from '@lantern/runtime';
import { SessionNotFoundError } from '../domain/errors.js';
import { rescheduleSessionRoute } from '../routes/reschedule-session.js';
import { sessionsStore } from '../store/default-store.js';
import { assertMayActFor } from './shared/access.js';
import { reschedule } from './shared/changes.js';

/** PATCH /sessions/{sessionId}: staff move one occurrence or it and the rest (ids kept, sequence raised). */
export const handler = httpHandler(rescheduleSessionRoute, async ({ params, body, caller }) => {
  const session = await sessionsStore.getSession(params.sessionId);
  await assertMayActFor(caller, session?.peerId);
  if (!session) throw new SessionNotFoundError();
  const outcome = await reschedule(params.sessionId, body, 'staff', new Date());
  return outcome.ok ? { status: 200, body: { sessions: outcome.sessions } } : outcome.answer;
});
