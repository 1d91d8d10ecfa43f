import { startTestTables, type TestTables } from '@lantern/local-cloud/testing';
import { tokenOf } from '@lantern/runtime/testing';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { bookSessionsRoute, getSlotsRoute, listSessionsRoute } from '../src/routes/index.js';
import { schedulingTables } from '../src/tables.js';
import { confirm, handlerEnvironment, invoke, json, load, newMatch, tuesdayEvening } from './support/handlers.js';

let db: TestTables;
let book: Awaited<ReturnType<typeof load>>;
let list: Awaited<ReturnType<typeof load>>;
let slots: Awaited<ReturnType<typeof load>>;
const coordinator = tokenOf('coordinator@example.org', ['coordinator']);

beforeAll(async () => {
  db = await startTestTables(schedulingTables);
  Object.assign(process.env, handlerEnvironment(db));
  [book, list, slots] = await Promise.all([load('book-sessions'), load('list-sessions'), load('get-slots')]);
}, 90_000);
afterAll(() => db?.stop());

const booking = (matchId: string, start: string, count?: number) => ({
  matchId,
  start,
  durationMinutes: 60,
  modality: 'video',
  ...(count ? { repeat: { weekly: true, count } } : {}),
});

describe('booking sessions, handler by handler on DynamoDB Local', () => {
  it('books a 12-week series all at once, at the same Toronto time every week', async () => {
    // Prepare
    const match = newMatch();
    await confirm(match);

    // Act
    const answer = await invoke(book, bookSessionsRoute, {
      body: booking(match.match.matchId, tuesdayEvening(0), 12),
      token: coordinator,
    });

    // Assess
    expect(answer.statusCode).toBe(201);
    const booked = json(answer);
    expect(booked.seriesId).toMatch(/^sr_/);
    expect(booked.sessions).toHaveLength(12);
    expect(booked.skipped).toEqual([]);
    const localTimes = booked.sessions.map((s: { start: string }) =>
      new Intl.DateTimeFormat('en-GB', { timeZone: 'America/Toronto', timeStyle: 'short' }).format(new Date(s.start)),
    );
    expect(new Set(localTimes)).toEqual(new Set(['18:00']));
  });

  it('lets exactly one of 50 concurrent attempts at one slot succeed; the others get 409 naming it', async () => {
    // Prepare
    const match = newMatch();
    await confirm(match);
    const start = tuesdayEvening(1);

    // Act
    const answers = await Promise.all(
      Array.from({ length: 50 }, () =>
        invoke(book, bookSessionsRoute, { body: booking(match.match.matchId, start), token: coordinator }),
      ),
    );

    // Assess
    const counts: Record<number, number> = {};
    for (const answer of answers) counts[answer.statusCode] = (counts[answer.statusCode] ?? 0) + 1;
    expect(counts).toEqual({ 201: 1, 409: 49 });
    const winner = json(answers.find((answer) => answer.statusCode === 201) as (typeof answers)[number]);
    const losers = answers.filter((answer) => answer.statusCode === 409).map(json);
    for (const problem of losers) {
      expect(problem.conflicts).toEqual([{ start, sessionId: winner.sessions[0].sessionId }]);
    }
    const listed = json(
      await invoke(list, listSessionsRoute, { query: { peerId: match.peer.peerId }, token: coordinator }),
    );
    expect(listed.items.map((s: { sessionId: string }) => s.sessionId)).toEqual([winner.sessions[0].sessionId]);
  }, 60_000);

  it('refuses a series that clashes anywhere with 409 listing every clash, and books none of it', async () => {
    // Prepare: weeks 2 and 4 of the series are taken, by 30 minutes' overlap.
    const match = newMatch();
    await confirm(match);
    const first = json(
      await invoke(book, bookSessionsRoute, {
        body: booking(match.match.matchId, tuesdayEvening(2, '18:30')),
        token: coordinator,
      }),
    );
    const second = json(
      await invoke(book, bookSessionsRoute, {
        body: booking(match.match.matchId, tuesdayEvening(4, '17:30')),
        token: coordinator,
      }),
    );

    // Act
    const answer = await invoke(book, bookSessionsRoute, {
      body: booking(match.match.matchId, tuesdayEvening(0), 6),
      token: coordinator,
    });

    // Assess
    expect(answer.statusCode).toBe(409);
    expect(answer.headers?.['content-type']).toMatch(/problem\+json/);
    expect(json(answer).conflicts).toEqual([
      { start: tuesdayEvening(2), sessionId: first.sessions[0].sessionId },
      { start: tuesdayEvening(4), sessionId: second.sessions[0].sessionId },
    ]);
    const listed = json(
      await invoke(list, listSessionsRoute, { query: { peerId: match.peer.peerId }, token: coordinator }),
    );
    expect(listed.items).toHaveLength(2);
  });

  it('answers a peer for their own match only, and offers open slots where both are free', async () => {
    // Prepare
    const own = newMatch();
    const other = newMatch();
    await confirm(own);
    await confirm(other);
    const peer = tokenOf(own.peer.email, ['peer']);
    const from = tuesdayEvening(0).slice(0, 10);

    // Act
    const mine = await invoke(slots, getSlotsRoute, {
      params: { matchId: own.match.matchId },
      query: { from, weeks: '1', duration: '60' },
      token: peer,
    });
    const theirs = await invoke(slots, getSlotsRoute, {
      params: { matchId: other.match.matchId },
      query: { from, weeks: '1', duration: '60' },
      token: peer,
    });
    const bookTheirs = await invoke(book, bookSessionsRoute, {
      body: booking(other.match.matchId, tuesdayEvening(0)),
      token: peer,
    });
    const listTheirs = await invoke(list, listSessionsRoute, { query: { peerId: other.peer.peerId }, token: peer });

    // Assess
    expect(mine.statusCode).toBe(200);
    const items = json(mine).items as { start: string }[];
    expect(items.length).toBeGreaterThan(0);
    expect(items.map((slot) => slot.start)).toContain(tuesdayEvening(0));
    expect([theirs.statusCode, bookTheirs.statusCode, listTheirs.statusCode]).toEqual([403, 403, 403]);
  });
});
