import type { LinkView, Session } from '@lantern/contracts';
import { LinkRefusedError } from '../../domain/errors.js';
import { linkView, localOf } from '../../domain/index.js';
import { sessionsStore } from '../../store/default-store.js';
import { pairOf } from './access.js';
import { subjectOf } from './links.js';
import { openSlots } from './slots.js';

const ALTERNATIVES_SHOWN = 20;
const ALTERNATIVE_WEEKS = 2;

/** The session a client's link acts on; 403 for a wrong, tampered or expired token, or a session gone. */
export async function linkedSession(token: string, now: Date): Promise<Session> {
  const session = await sessionsStore.getSession(subjectOf(token, 'session-link', now));
  if (!session) throw new LinkRefusedError();
  return session;
}

/** What the client's link page shows: their occurrence and the rest in their own zone and language, and open times. */
export async function linkPage(session: Session, now: Date): Promise<LinkView> {
  const pair = await pairOf(session.matchId);
  const series = session.seriesId ? await sessionsStore.seriesSessions(session.seriesId) : [];
  const duration = (Date.parse(session.end) - Date.parse(session.start)) / 60_000;
  const slots = await openSlots(
    pair,
    { from: localOf(now.toISOString(), pair.peer.timeZone).slice(0, 10), weeks: ALTERNATIVE_WEEKS, duration },
    now,
  );
  return linkView(session, series, slots.slice(0, ALTERNATIVES_SHOWN), pair.client, now);
}
