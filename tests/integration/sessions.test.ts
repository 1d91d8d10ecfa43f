import { GetScheduleCommand } from '@aws-sdk/client-scheduler';
import { beforeAll, describe, expect, it } from 'vitest';
import { busEvents, call, cloudConfig, eventually, tokenFor } from './support/api.js';
import { publishMatch, reminderSchedules, schedulerClient, tuesdayInToronto } from './support/scheduling.js';

interface Session {
  sessionId: string;
  start: string;
  end: string;
  status: string;
  sequence: number;
}

let coordinator: string;
let match: Awaited<ReturnType<typeof publishMatch>>;
let series: Session[];

const remindersOf = async (sessions: readonly Session[]) => {
  const ids = new Set(sessions.map((session) => session.sessionId));
  return (await reminderSchedules()).filter((schedule) => ids.has(schedule.name.replace(/-(24h|1h)$/, '')));
};
const atOf = (instant: string, minutesBefore: number) =>
  `at(${new Date(Date.parse(instant) - minutesBefore * 60_000).toISOString().slice(0, 19)})`;

beforeAll(async () => {
  coordinator = await tokenFor('coordinator@example.org');
  match = await publishMatch();
  // The projections arrive through the bus: the match can be scheduled once slots answer.
  await eventually(
    async () =>
      (
        await call(
          'GET',
          `/matches/${match.matchId}/slots?from=${tuesdayInToronto(0).slice(0, 10)}&weeks=1&duration=60`,
          {
            token: coordinator,
          },
        )
      ).status === 200,
    { timeoutMs: 60_000, what: "scheduling's projection of the match" },
  );
}, 120_000);

describe('sessions on the local cloud', () => {
  it('books a 12-week series: 12 sessions and 24 reminder schedules, listed by ListSchedules', async () => {
    // Act
    const booked = await call('POST', '/sessions', {
      token: coordinator,
      body: {
        matchId: match.matchId,
        start: tuesdayInToronto(0),
        durationMinutes: 60,
        modality: 'video',
        repeat: { weekly: true, count: 12 },
      },
    });

    // Assess
    expect(booked.status).toBe(201);
    series = booked.body.sessions;
    expect(series).toHaveLength(12);
    const schedules = await eventually(
      async () => {
        const found = await remindersOf(series);
        return found.length === 24 && found;
      },
      { timeoutMs: 30_000, what: '24 reminder schedules' },
    );
    expect(new Set(schedules.map((schedule) => schedule.group))).toEqual(new Set([cloudConfig().SCHEDULE_GROUP_NAME]));
    const scheduled = await eventually(
      async () =>
        (await busEvents()).find(
          (event) => event['detail-type'] === 'SessionScheduled' && event.detail.data.matchId === match.matchId,
        ),
      { what: 'SessionScheduled on the bus' },
    );
    expect(JSON.stringify(scheduled.detail)).not.toMatch(/supportArea|note/i);
  }, 60_000);

  it('lets exactly one of 50 concurrent attempts at one slot succeed', async () => {
    // Prepare: a Wednesday, clear of the series.
    const start = new Date(Date.parse(tuesdayInToronto(0)) + 86_400_000).toISOString().replace('.000Z', 'Z');
    const attempt = () =>
      call('POST', '/sessions', {
        token: coordinator,
        body: { matchId: match.matchId, start, durationMinutes: 60, modality: 'video' },
      });

    // Act
    const answers = await Promise.all(Array.from({ length: 50 }, attempt));

    // Assess
    const counts: Record<number, number> = {};
    for (const answer of answers) counts[answer.status] = (counts[answer.status] ?? 0) + 1;
    expect(counts).toEqual({ 201: 1, 409: 49 });
  }, 60_000);

  it('moves one occurrence and its reminders move with it', async () => {
    // Prepare
    const third = series[2] as Session;
    const newStart = new Date(Date.parse(third.start) + 90 * 60_000).toISOString().replace('.000Z', 'Z');

    // Act
    const moved = await call('PATCH', `/sessions/${third.sessionId}`, {
      token: coordinator,
      body: { start: newStart, scope: 'this' },
    });

    // Assess
    expect(moved.status).toBe(200);
    expect(moved.body.sessions).toMatchObject([{ sessionId: third.sessionId, start: newStart, sequence: 1 }]);
    const scheduler = await schedulerClient();
    const group = cloudConfig().SCHEDULE_GROUP_NAME;
    const read = (which: string) =>
      scheduler.send(new GetScheduleCommand({ Name: `${third.sessionId}-${which}`, GroupName: group }));
    await eventually(async () => (await read('1h')).ScheduleExpression === atOf(newStart, 60), {
      timeoutMs: 30_000,
      what: 'the 1-hour reminder to move',
    });
    expect((await read('24h')).ScheduleExpression).toBe(atOf(newStart, 24 * 60));
    scheduler.destroy();
  }, 60_000);

  it('cancels the rest of the series: their reminders are gone and SessionCancelled is published', async () => {
    // Prepare
    const rest = series.slice(5);

    // Act
    const cancelled = await call('DELETE', `/sessions/${(rest[0] as Session).sessionId}?scope=following`, {
      token: coordinator,
    });

    // Assess
    expect(cancelled.status).toBe(200);
    expect(cancelled.body.cancelled.map((session: Session) => session.sessionId)).toEqual(
      rest.map((session) => session.sessionId),
    );
    await eventually(async () => (await remindersOf(rest)).length === 0, {
      timeoutMs: 30_000,
      what: 'the cancelled sessions’ reminders to go',
    });
    expect(await remindersOf(series.slice(0, 5))).toHaveLength(10);
    const event = await eventually(
      async () =>
        (await busEvents()).find(
          (e) => e['detail-type'] === 'SessionCancelled' && e.detail.data.matchId === match.matchId,
        ),
      { what: 'SessionCancelled on the bus' },
    );
    const sessions = event.detail.data.sessions as { sessionId: string }[];
    expect(sessions.map((session) => session.sessionId)).toEqual(rest.map((session) => session.sessionId));
  }, 60_000);

  it('refuses a forged link with 403 and changes nothing', async () => {
    // Prepare: the real link of the first occurrence, from SessionScheduled, with its MAC altered.
    const scheduled = (await busEvents()).find(
      (e) => e['detail-type'] === 'SessionScheduled' && e.detail.data.matchId === match.matchId,
    );
    const [first] = (scheduled?.detail.data.sessions ?? []) as { linkToken: string }[];
    if (!first) throw new Error('SessionScheduled carried no session');
    const [kid, payload, mac] = first.linkToken.split('.') as [string, string, string];
    const forged = `${kid}.${payload}.${mac.startsWith('A') ? 'B' : 'A'}${mac.slice(1)}`;
    const before = await call('GET', `/sessions?peerId=${match.peerId}&limit=100`, { token: coordinator });

    // Act
    const page = await call('GET', `/links/${forged}`);
    const cancel = await call('POST', `/links/${forged}/cancel`, { body: { scope: 'following' } });
    const genuine = await call('GET', `/links/${first.linkToken}`);

    // Assess
    expect([page.status, cancel.status]).toEqual([403, 403]);
    expect(genuine.status).toBe(200);
    const after = await call('GET', `/sessions?peerId=${match.peerId}&limit=100`, { token: coordinator });
    expect(after.body.items).toEqual(before.body.items);
  });
});
