import { ForbiddenProblem, httpHandler, keyRingFromEnvironment, logger, verifyToken } from '@lantern/runtime';
import { unsubscribeRoute } from '../routes/unsubscribe.js';
import { notificationsStore } from '../store/default-store.js';

const ring = keyRingFromEnvironment();
const ADDRESS_HASH = /^[0-9a-f]{64}$/;

/**
 * POST /unsubscribe (public, signed token): stops non-essential messages to the address or number
 * the link was sent to. The token names only the address's hash; every refusal is the same 403.
 */
export const handler = httpHandler(unsubscribeRoute, async ({ body }) => {
  const check = verifyToken(ring, body.token, { purpose: 'unsubscribe', now: new Date() });
  const [hash] = check.ok ? check.claims.subjects : [];
  if (!check.ok || !hash || !ADDRESS_HASH.test(hash)) {
    logger.info('Unsubscribe refused', { refusal: check.ok ? 'malformed' : check.refusal });
    throw new ForbiddenProblem('This link is not valid any more.');
  }
  await notificationsStore.unsubscribe(hash);
  return { status: 200, body: { unsubscribed: true as const } };
});
