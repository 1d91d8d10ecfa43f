import { startTestTables, type TestTables } from '@lantern/local-cloud/testing';
import { tokenOf } from '@lantern/runtime/testing';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { localOf } from '../src/domain/index.js';
import {
  bookSessionsRoute,
  calendarFeedRoute,
  cancelSessionRoute,
  getLinkRoute,
  linkCancelRoute,
  linkRescheduleRoute,
  listSessionsRoute,
  recordOutcomeRoute,
  rescheduleSessionRoute,
} from '../src/routes/index.js';
import { schedulingTables } from '../src/tables.js';
import { confirm, handlerEnvironment, invoke, json, load, newMatch, tuesdayEvening } from './support/handlers.js';

type Handler = Awaited<ReturnType<typeof load>>;
let db: TestTables;
const handlers: Record<string, Handler> = {};
let links: typeof import('../src/handlers/shared/links.js');
const coordinator = tokenOf('coordinator@example.org', ['coordinator']);

beforeAll(async () => {
  db = await startTestTables(schedulingTables);
  Object.assign(process.env, handlerEnvironment(db));
  for (const name of [
    'book-sessions',
    'list-sessions',
    'reschedule-session',
    'cancel-session',
    'record-outcome',
    'get-link',
    'link-reschedule',
    'link-cancel',
    'calendar-feed',
  ]) {
    handlers[name] = await load(name);
  }
  links = await import('../src/handlers/shared/links.js');
}, 90_000);
afterAll(() => db?.stop());

const call = (name: string) => handlers[name] as Handler;
interface Session {
  sessionId: string;
  start: string;
  end: string;
  status: string;
  sequence: number;
}

async function bookSeries(weeks: number, startWeek = 0, clientLocale: 'en' | 'fr' = 'en') {
  const match = newMatch(clientLocale);
  await confirm(match);
  const answer = await invoke(call('book-sessions'), bookSessionsRoute, {
    body: {
      matchId: match.match.matchId,
      start: tuesdayEvening(startWeek),
      durationMinutes: 60,
      modality: 'video',
      ...(weeks > 1 ? { repeat: { weekly: true, count: weeks } } : {}),
    },
    token: coordinator,
  });
  expect(answer.statusCode).toBe(201);
  return { match, sessions: json(answer).sessions as Session[] };
}

async function sessionsOf(peerId: string): Promise<Session[]> {
  const answer = await invoke(call('list-sessions'), listSessionsRoute, {
    query: { peerId, limit: '100' },
    token: coordinator,
  });
  return json(answer).items;
}

describe('changing sessions as staff', () => {
  it('moves one occurrence: same id, sequence raised, its old time free again', async () => {
    // Prepare
    const { match, sessions } = await bookSeries(3);
    const [first] = sessions as [Session];

    // Act
    const moved = await invoke(call('reschedule-session'), rescheduleSessionRoute, {
      params: { sessionId: first.sessionId },
      body: { start: tuesdayEvening(0, '19:30'), scope: 'this' },
      token: coordinator,
    });
    const rebook = await invoke(call('book-sessions'), bookSessionsRoute, {
      body: { matchId: match.match.matchId, start: first.start, durationMinutes: 60, modality: 'video' },
      token: coordinator,
    });

    // Assess
    expect(moved.statusCode).toBe(200);
    expect(json(moved).sessions).toMatchObject([
      { sessionId: first.sessionId, start: tuesdayEvening(0, '19:30'), sequence: first.sequence + 1 },
    ]);
    expect(rebook.statusCode).toBe(201);
  });

  it('refuses a move onto a taken time with 409, changing nothing', async () => {
    // Prepare
    const { match, sessions } = await bookSeries(2);
    const [first, second] = sessions as [Session, Session];

    // Act
    const answer = await invoke(call('reschedule-session'), rescheduleSessionRoute, {
      params: { sessionId: first.sessionId },
      body: { start: second.start, scope: 'this' },
      token: coordinator,
    });

    // Assess
    expect(answer.statusCode).toBe(409);
    expect(json(answer).conflicts).toEqual([{ start: second.start, sessionId: second.sessionId }]);
    expect(await sessionsOf(match.peer.peerId)).toEqual(sessions);
  });

  it('cancels an occurrence and the rest of its series, freeing their time', async () => {
    // Prepare
    const { match, sessions } = await bookSeries(4);
    const third = sessions[2] as Session;

    // Act
    const answer = await invoke(call('cancel-session'), cancelSessionRoute, {
      params: { sessionId: (sessions[1] as Session).sessionId },
      query: { scope: 'following' },
      token: coordinator,
    });
    const rebook = await invoke(call('book-sessions'), bookSessionsRoute, {
      body: { matchId: match.match.matchId, start: third.start, durationMinutes: 60, modality: 'video' },
      token: coordinator,
    });

    // Assess
    expect(answer.statusCode).toBe(200);
    expect(json(answer).cancelled.map((s: Session) => [s.sessionId, s.status])).toEqual(
      sessions.slice(1).map((s) => [s.sessionId, 'cancelled']),
    );
    expect(rebook.statusCode).toBe(201);
    const statuses = (await sessionsOf(match.peer.peerId)).map((s) => s.status);
    expect(statuses.sort()).toEqual(['cancelled', 'cancelled', 'cancelled', 'scheduled', 'scheduled']);
  });

  it('records no outcome before the session has started, and lets no other peer act', async () => {
    // Prepare
    const { sessions } = await bookSeries(1);
    const [first] = sessions as [Session];
    const stranger = newMatch();
    await confirm(stranger);

    // Act
    const early = await invoke(call('record-outcome'), recordOutcomeRoute, {
      params: { sessionId: first.sessionId },
      body: { status: 'completed' },
      token: coordinator,
    });
    const byStranger = await invoke(call('cancel-session'), cancelSessionRoute, {
      params: { sessionId: first.sessionId },
      query: { scope: 'this' },
      token: tokenOf(stranger.peer.email, ['peer']),
    });

    // Assess
    expect(early.statusCode).toBe(409);
    expect(byStranger.statusCode).toBe(403);
  });
});

describe("the client's signed link", () => {
  it('shows the occurrence in the client’s zone and moves it', async () => {
    // Prepare
    const { sessions } = await bookSeries(2);
    const [first] = sessions as [Session];
    const token = links.sessionLinkToken(first);

    // Act
    const page = await invoke(call('get-link'), getLinkRoute, { params: { token } });
    const moved = await invoke(call('link-reschedule'), linkRescheduleRoute, {
      params: { token },
      body: { start: tuesdayEvening(0, '20:00') },
    });

    // Assess
    expect(page.statusCode).toBe(200);
    expect(json(page)).toMatchObject({ timeZone: 'Europe/London', locale: 'en', canChange: true, following: [{}] });
    expect(json(page).occurrence.localStart).toBe(localOf(first.start, 'Europe/London'));
    expect(moved.statusCode).toBe(200);
    expect(json(moved).occurrence.start).toBe(tuesdayEvening(0, '20:00'));
  });

  it('answers in the language the client chose at intake', async () => {
    // Prepare: a client who chose French at intake
    const { sessions } = await bookSeries(1, 3, 'fr');
    const [only] = sessions as [Session];

    // Act
    const page = await invoke(call('get-link'), getLinkRoute, { params: { token: links.sessionLinkToken(only) } });

    // Assess
    expect(page.statusCode).toBe(200);
    expect(json(page)).toMatchObject({ locale: 'fr', timeZone: 'Europe/London' });
  });

  it('refuses a tampered, a wrong-purpose or a foreign token with 403 and changes nothing', async () => {
    // Prepare
    const { match, sessions } = await bookSeries(2);
    const [first] = sessions as [Session];
    const token = links.sessionLinkToken(first);
    const [kid, payload, mac] = token.split('.') as [string, string, string];
    const tampered = `${kid}.${payload}.${mac.startsWith('A') ? `B${mac.slice(1)}` : `A${mac.slice(1)}`}`;
    const feedToken = links.calendarFeedToken(match.peer.peerId, new Date());

    // Act
    const answers = await Promise.all([
      invoke(call('link-cancel'), linkCancelRoute, { params: { token: tampered }, body: { scope: 'following' } }),
      invoke(call('link-cancel'), linkCancelRoute, { params: { token: feedToken }, body: { scope: 'this' } }),
      invoke(call('get-link'), getLinkRoute, { params: { token: tampered } }),
    ]);

    // Assess
    expect(answers.map((answer) => answer.statusCode)).toEqual([403, 403, 403]);
    expect(await sessionsOf(match.peer.peerId)).toEqual(sessions);
  });

  it('cancels the occurrence from the link', async () => {
    const { match, sessions } = await bookSeries(2);
    const [first, second] = sessions as [Session, Session];

    const answer = await invoke(call('link-cancel'), linkCancelRoute, {
      params: { token: links.sessionLinkToken(first) },
      body: { scope: 'this' },
    });

    expect(answer.statusCode).toBe(200);
    expect(json(answer)).toMatchObject({ canChange: false, occurrence: { status: 'cancelled' } });
    const after = await sessionsOf(match.peer.peerId);
    expect(after.map((s) => [s.sessionId, s.status])).toEqual([
      [first.sessionId, 'cancelled'],
      [second.sessionId, 'scheduled'],
    ]);
  });
});

describe("the peer's calendar feed", () => {
  it('lists the peer’s sessions as "Session with <first name>", and nothing else about the client', async () => {
    // Prepare
    const { match, sessions } = await bookSeries(2);
    const feed = `${links.calendarFeedToken(match.peer.peerId, new Date())}.ics`;

    // Act
    const answer = await invoke(call('calendar-feed'), calendarFeedRoute, { params: { feed } });
    const forged = await invoke(call('calendar-feed'), calendarFeedRoute, {
      params: { feed: `${links.sessionLinkToken(sessions[0] as Session)}.ics` },
    });

    // Assess
    expect(answer.statusCode).toBe(200);
    expect(answer.headers?.['content-type']).toMatch(/^text\/calendar/);
    expect(answer.body).toMatch(/^BEGIN:VCALENDAR/);
    expect(answer.body.match(/SUMMARY:Session with Sam\r\n/g)).toHaveLength(2);
    for (const session of sessions) expect(answer.body).toContain(`UID:${session.sessionId}@`);
    expect(answer.body).not.toContain(match.match.client.email);
    expect(answer.body).not.toContain(match.match.clientId);
    expect(forged.statusCode).toBe(403);
  });
});
