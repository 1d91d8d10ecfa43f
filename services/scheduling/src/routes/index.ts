/** The scheduling service's routes: data only (contracts schemas), safe for the web app to import. */
export { bookSessionsRoute } from './book-sessions.js';
export { calendarFeedRoute } from './calendar-feed.js';
export { cancelSessionRoute } from './cancel-session.js';
export { getLinkRoute } from './get-link.js';
export { getSlotsRoute } from './get-slots.js';
export { linkCancelRoute } from './link-cancel.js';
export { linkRescheduleRoute } from './link-reschedule.js';
export { listSessionsRoute } from './list-sessions.js';
export { recordOutcomeRoute } from './record-outcome.js';
export { rescheduleSessionRoute } from './reschedule-session.js';
