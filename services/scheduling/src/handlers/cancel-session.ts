import { httpHandler } from '@lantern/runtime';
import { SessionNotFoundError } from '../domain/errors.js';
import { cancelSessionRoute } from '../routes/cancel-session.js';
import { sessionsStore } from '../store/default-store.js';
import { assertMayActFor } from './shared/access.js';
import { cancel } from './shared/changes.js';

/** DELETE /sessions/{sessionId}?scope=this|following: staff cancel; the time is freed, reminders go. */
export const handler = httpHandler(cancelSessionRoute, async ({ params, query, caller }) => {
  const session = await sessionsStore.getSession(params.sessionId);
  await assertMayActFor(caller, session?.peerId);
  if (!session) throw new SessionNotFoundError();
  const cancelled = await cancel(params.sessionId, query.scope, 'staff', new Date());
  return { status: 200, body: { cancelled } };
});
