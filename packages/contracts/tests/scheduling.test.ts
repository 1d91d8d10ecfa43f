import { describe, expect, it } from 'vitest';
import * as z from 'zod/mini';
import {
  BookingConflictProblem,
  BookSessionsRequest,
  buildEvent,
  CancelQuery,
  EXAMPLE_BOOK_SESSIONS,
  EXAMPLE_CANCEL_QUERY,
  EXAMPLE_LINK_CANCEL,
  EXAMPLE_LINK_RESCHEDULE,
  EXAMPLE_LIST_SESSIONS_QUERY,
  EXAMPLE_OUTCOME,
  EXAMPLE_RESCHEDULE,
  EXAMPLE_SLOTS_QUERY,
  LinkCancelRequest,
  LinkRescheduleRequest,
  LinkView,
  ListSessionsQuery,
  OutcomeRequest,
  RescheduleRequest,
  SessionCancelled,
  SessionReminderDue,
  SessionRescheduled,
  SessionScheduled,
  SlotsQuery,
} from '../src/index.js';

describe('the example bodies', () => {
  it.each([
    ['BookSessionsRequest', BookSessionsRequest, EXAMPLE_BOOK_SESSIONS],
    ['RescheduleRequest', RescheduleRequest, EXAMPLE_RESCHEDULE],
    ['CancelQuery', CancelQuery, EXAMPLE_CANCEL_QUERY],
    ['OutcomeRequest', OutcomeRequest, EXAMPLE_OUTCOME],
    ['SlotsQuery', SlotsQuery, EXAMPLE_SLOTS_QUERY],
    ['ListSessionsQuery', ListSessionsQuery, EXAMPLE_LIST_SESSIONS_QUERY],
    ['LinkRescheduleRequest', LinkRescheduleRequest, EXAMPLE_LINK_RESCHEDULE],
    ['LinkCancelRequest', LinkCancelRequest, EXAMPLE_LINK_CANCEL],
  ] as const)('%s example is valid', (_name, schema, example) => {
    expect(schema.safeParse(example).success).toBe(true);
  });
});

describe('booking requests', () => {
  const refused = (change: Record<string, unknown>) =>
    BookSessionsRequest.safeParse({ ...EXAMPLE_BOOK_SESSIONS, ...change }).success === false;

  it('refuses a series longer than 52 weeks, a duration outside 15-180 minutes and a non-UTC start', () => {
    expect(refused({ repeat: { weekly: true, count: 53 } })).toBe(true);
    expect(refused({ durationMinutes: 10 })).toBe(true);
    expect(refused({ durationMinutes: 181 })).toBe(true);
    expect(refused({ start: '2027-03-09T18:00:00-05:00' })).toBe(true);
    expect(refused({ repeat: { weekly: true, count: 52 }, durationMinutes: 180 })).toBe(false);
  });

  it('refuses a reschedule that changes nothing', () => {
    expect(RescheduleRequest.safeParse({ scope: 'this' }).success).toBe(false);
    expect(RescheduleRequest.safeParse({ scope: 'following', durationMinutes: 45 }).success).toBe(true);
  });

  it('reads slot queries from strings and fills the defaults', () => {
    expect(SlotsQuery.parse({ from: '2027-03-08' })).toEqual({ from: '2027-03-08', weeks: 4, duration: 60 });
    expect(SlotsQuery.safeParse({ from: '2027-03-08', weeks: '13' }).success).toBe(false);
    expect(SlotsQuery.safeParse({ from: '2027-02-30' }).success).toBe(false);
  });

  it('lists every clash in a 409 problem', () => {
    const problem = {
      type: 'https://lantern.dev/problems/conflict',
      title: 'Conflict',
      status: 409,
      conflicts: [{ start: '2027-03-09T23:00:00Z', sessionId: 'se_01JQ7Z5X2M4N6P8R0T2V4W6Y8C' }],
    };
    expect(BookingConflictProblem.parse(problem)).toEqual(problem);
  });
});

/** Every property name anywhere in a schema, found through its JSON Schema. */
function propertyNames(schema: z.ZodMiniType): string[] {
  const names: string[] = [];
  const walk = (node: unknown): void => {
    if (Array.isArray(node)) node.forEach(walk);
    else if (node && typeof node === 'object') {
      const properties = (node as { properties?: Record<string, unknown> }).properties;
      if (properties) names.push(...Object.keys(properties));
      Object.values(node).forEach(walk);
    }
  };
  walk(z.toJSONSchema(schema, { unrepresentable: 'any' }));
  return names;
}

const SESSION_EVENTS = [SessionScheduled, SessionRescheduled, SessionCancelled, SessionReminderDue];
const FORBIDDEN = /support|area|note|safety|urgent|goal|condition|substance|lastName|surname|pronoun|bio/i;

describe('session events', () => {
  it.each(SESSION_EVENTS.map((event) => [event.detailType, event] as const))(
    '%s has no field that could carry a support area, a note or a safety answer',
    (_name, event) => {
      const names = propertyNames(event.data);
      expect(names).toContain('firstName');
      expect(names.filter((name) => FORBIDDEN.test(name))).toEqual([]);
    },
  );

  it('drops a support area or a note a producer passes by mistake', () => {
    const client = {
      clientId: 'cl_01JQ7Z5X2M4N6P8R0T2V4W6Y8D',
      firstName: 'Sam',
      email: 'sam@example.net',
      contactChannels: ['email'],
      locale: 'en',
      timeZone: 'Europe/London',
      supportAreas: ['parenting'],
    };
    const event = buildEvent(
      SessionReminderDue,
      {
        matchId: 'ma_01JQ7Z5X2M4N6P8R0T2V4W6Y8A',
        modality: 'video',
        timeZone: 'America/Toronto',
        client: client as never,
        peer: { peerId: 'pr_1', firstName: 'Alex', email: 'alex@example.org', timeZone: 'America/Toronto' },
        which: '24h',
        session: {
          sessionId: 'se_01JQ7Z5X2M4N6P8R0T2V4W6Y8C',
          sequence: 0,
          start: '2027-03-09T23:00:00Z',
          end: '2027-03-10T00:00:00Z',
          linkToken: 'k1.payload.mac',
          note: 'private',
        } as never,
      },
      { eventId: 'ev_1', occurredAt: '2027-03-08T23:00:00Z' },
    );
    expect(JSON.stringify(event.detail)).not.toMatch(/parenting|supportAreas|private|note/);
  });
});

describe('the link page', () => {
  it('shows no staff detail, no ids and no support area', () => {
    expect(propertyNames(LinkView).filter((name) => /peer|staff|Id$|support|note|email|phone/i.test(name))).toEqual([]);
  });
});
