import { httpHandler } from '@lantern/runtime';
import { linkCancelRoute } from '../routes/link-cancel.js';
import { cancel } from './shared/changes.js';
import { linkedSession, linkPage } from './shared/link-view.js';

/** POST /links/{token}/cancel (public, signed): the client cancels their occurrence, or it and the rest. */
export const handler = httpHandler(linkCancelRoute, async ({ params, body }) => {
  const now = new Date();
  const session = await linkedSession(params.token, now);
  const [cancelled] = await cancel(session.sessionId, body.scope, 'client', now);
  return { status: 200, body: await linkPage(cancelled ?? session, now) };
});
