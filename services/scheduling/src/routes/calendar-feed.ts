import { answer, defineRoute, problems } from '@lantern/contracts';
import { CalendarFeedParams } from '../route-params.js';

/** `GET /calendars/<token>.ics`: answers `text/calendar`, so the 200 has no JSON schema. */
export const calendarFeedRoute = defineRoute({
  operationId: 'calendarFeed',
  summary: "A peer's sessions as an iCalendar feed (text/calendar), from a signed link",
  method: 'GET',
  path: '/calendars/{feed}',
  auth: 'public',
  rateClass: 'anonymousRead',
  params: CalendarFeedParams,
  responses: {
    200: answer('text/calendar: one event per session, "Session with <first name>"'),
    ...problems(400, 403),
  },
});
