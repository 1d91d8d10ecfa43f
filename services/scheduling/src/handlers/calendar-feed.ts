import { httpHandler } from '@lantern/runtime';
import { type FeedEntry, peerCalendarFeed } from '../domain/index.js';
import { calendarFeedRoute } from '../routes/calendar-feed.js';
import { projectionsStore, sessionsStore } from '../store/default-store.js';
import { subjectOf } from './shared/links.js';

const FEED_DAYS_BACK = 30;
const FEED_PAGE = 100;
const FEED_PAGES = 10;

/** GET /calendars/<token>.ics (public, signed): a peer's sessions, "Session with <first name>", nothing more. */
export const handler = httpHandler(calendarFeedRoute, async ({ params }) => {
  const now = new Date();
  const peerId = subjectOf(params.feed.slice(0, -'.ics'.length), 'calendar-feed', now);
  const from = new Date(now.getTime() - FEED_DAYS_BACK * 86_400_000).toISOString();
  const firstNames = new Map<string, string>();
  const entries: FeedEntry[] = [];
  let cursor: string | undefined;
  for (let page = 0; page < FEED_PAGES; page++) {
    const listed = await sessionsStore.listSessions({ peerId }, { from, limit: FEED_PAGE, cursor });
    for (const session of listed.items) {
      if (!firstNames.has(session.matchId)) {
        const match = await projectionsStore.getMatch(session.matchId);
        firstNames.set(session.matchId, match?.record.details?.client.firstName ?? '');
      }
      entries.push({ session, clientFirstName: firstNames.get(session.matchId) ?? '' });
    }
    cursor = listed.nextCursor ?? undefined;
    if (!cursor) break;
  }
  const uidDomain = process.env.CALENDAR_UID_DOMAIN ?? 'lantern.invalid';
  return {
    status: 200,
    headers: { 'content-type': 'text/calendar; charset=utf-8', 'cache-control': 'private, max-age=300' },
    body: peerCalendarFeed(entries, { uidDomain, now }),
  };
});
