import { httpHandler } from '@lantern/runtime';
import { linkRescheduleRoute } from '../routes/link-reschedule.js';
import { reschedule } from './shared/changes.js';
import { linkedSession, linkPage } from './shared/link-view.js';

/** POST /links/{token}/reschedule (public, signed): the client moves their occurrence; 409 if taken. */
export const handler = httpHandler(linkRescheduleRoute, async ({ params, body }) => {
  const now = new Date();
  const session = await linkedSession(params.token, now);
  const outcome = await reschedule(session.sessionId, { start: body.start, scope: 'this' }, 'client', now);
  if (!outcome.ok) return outcome.answer;
  const moved = outcome.sessions[0] ?? session;
  return { status: 200, body: await linkPage(moved, now) };
});
