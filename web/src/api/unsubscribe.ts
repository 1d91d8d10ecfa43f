import { callRoute } from './call-route.js';
import { WEB_ROUTES } from './routes.js';

/** POST /unsubscribe with the signed token from an email's or a text's link. */
export function unsubscribe(apiUrl: string, token: string): Promise<{ unsubscribed: true }> {
  return callRoute(apiUrl, WEB_ROUTES.unsubscribe, { body: { token } });
}
