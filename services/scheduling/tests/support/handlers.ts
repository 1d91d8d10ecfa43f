import { randomBytes } from 'node:crypto';
import { buildEvent, MatchConfirmed, PeerUpdated, type RouteDefinition } from '@lantern/contracts';
import type { TestTables } from '@lantern/local-cloud/testing';
import { LINK_KEYS_VARIABLE } from '@lantern/runtime';
import { context, routeEvent } from '@lantern/runtime/testing';
import { ulid } from 'ulid';
import { instantOfLocal } from '../../src/domain/index.js';

export type Answer = { statusCode: number; body: string; headers?: Record<string, string> };
type Handler = (event: unknown, ctx: unknown) => Promise<Answer>;
type Call = Parameters<typeof routeEvent>[1];

/** What Lambda would give the functions: the table, a link key ring, office hours. */
export function handlerEnvironment(db: TestTables): Record<string, string> {
  const secret = randomBytes(32).toString('base64');
  return {
    ...db.environment,
    [LINK_KEYS_VARIABLE]: JSON.stringify({ current: { id: 'test', secret } }),
    POWERTOOLS_SERVICE_NAME: 'scheduling',
    LANTERN_EVENT_SOURCE: 'lantern.scheduling',
  };
}

/** Loads a handler module after the environment is set (handlers read it when they load). */
export async function load(name: string): Promise<Handler> {
  return (await import(`../../src/handlers/${name}.ts`)).handler as Handler;
}

/**
 * A Lambda context with the time a function has (10 s, the manifest's default timeout), not the
 * shared test context's 3 s: middy answers a TimeoutError when it runs out, and a 50-request
 * burst in one process on a loaded machine can take longer than 3 s.
 */
const lambdaContext = { ...context, getRemainingTimeInMillis: () => 10_000 };

export const invoke = (handler: Handler, route: RouteDefinition, call: Call) =>
  handler(routeEvent(route, call), lambdaContext);

export const json = (answer: Answer) => JSON.parse(answer.body);

/** A fresh match between a Toronto peer and a London client, with their own ids. */
/** A peer and a confirmed match with a London client who reads Lantern in `clientLocale`. */
export function newMatch(clientLocale: 'en' | 'fr' = 'en') {
  const suffix = ulid();
  const peerId = `pr_${suffix}`;
  const email = `peer-${suffix.toLowerCase()}@example.org`;
  const evenings = (['tue', 'wed'] as const).map((day) => ({ day, start: '12:00', end: '21:00' }));
  const peer = {
    peerId,
    firstName: 'Alex',
    email,
    timeZone: 'America/Toronto',
    availability: evenings,
    timeOff: [],
    status: 'active' as const,
    capacity: 4,
    languages: ['en'],
    modalities: ['video' as const, 'phone' as const],
    version: 1,
    updatedAt: new Date().toISOString(),
  };
  const match = {
    matchId: `ma_${suffix}`,
    clientId: `cl_${suffix}`,
    peerId,
    confirmedAt: new Date().toISOString(),
    modalities: ['video' as const],
    client: {
      firstName: 'Sam',
      timeZone: 'Europe/London',
      locale: clientLocale,
      availability: (['tue', 'wed'] as const).map((day) => ({ day, start: '17:00', end: '24:00' })),
      contactChannels: ['email' as const],
      email: `client-${suffix.toLowerCase()}@example.net`,
    },
    peer: { firstName: 'Alex', email, bio: 'Peer', timeZone: 'America/Toronto', availability: evenings, timeOff: [] },
  };
  return { peer, match };
}

const envelope = (event: ReturnType<typeof buildEvent>) => ({
  id: ulid(),
  source: event.source,
  'detail-type': event.detailType,
  time: new Date().toISOString(),
  detail: event.detail,
});

/** Delivers PeerUpdated and MatchConfirmed to scheduling's consumers, as the bus would. */
export async function confirm(match: ReturnType<typeof newMatch>): Promise<void> {
  const meta = () => ({ eventId: `ev_${ulid()}`, occurredAt: new Date().toISOString() });
  await (await load('peer-updated'))(envelope(buildEvent(PeerUpdated, match.peer, meta())), lambdaContext);
  await (await load('match-confirmed'))(envelope(buildEvent(MatchConfirmed, match.match, meta())), lambdaContext);
}

/** A Tuesday `weeksAhead` weeks from now (at least 8 days ahead) at 18:00 in Toronto, as a UTC instant. */
export function tuesdayEvening(weeksAhead: number, time = '18:00'): string {
  const day = new Date(Date.now() + (8 + 7 * weeksAhead) * 86_400_000);
  day.setUTCDate(day.getUTCDate() + ((2 - day.getUTCDay() + 7) % 7));
  return instantOfLocal(`${day.toISOString().slice(0, 10)}T${time}`, 'America/Toronto');
}
