import { httpHandler } from '@lantern/runtime';
import { getLinkRoute } from '../routes/get-link.js';
import { linkedSession, linkPage } from './shared/link-view.js';

/** GET /links/{token} (public, signed): the client's occurrence, the rest of its series and open times. */
export const handler = httpHandler(getLinkRoute, async ({ params }) => {
  const now = new Date();
  const session = await linkedSession(params.token, now);
  return { status: 200, body: await linkPage(session, now) };
});
