/** The notifications service's routes: data only (contracts schemas), safe for the web app to import. */
export { listNotificationsRoute } from './list-notifications.js';
export { unsubscribeRoute } from './unsubscribe.js';
