import type { EventData, OutgoingEvent, Session, SessionReminderDue } from '@lantern/contracts';
import { sessionReminderEvent } from './messages.js';
import type { SchedulingPair } from './projections.js';

/**
 * Reminders are one-time EventBridge Scheduler schedules, 24 hours and 1 hour before each
 * scheduled occurrence, in the service's own schedule group. A schedule's name is fixed per
 * occurrence and kind, so moving a session updates its schedules in place and cancelling deletes
 * them by name. The schedule's target is the bus; its input is the event's detail.
 */
export const REMINDER_LEADS = [
  { which: '24h', minutes: 24 * 60 },
  { which: '1h', minutes: 60 },
] as const;

export interface ReminderSchedule {
  /** `<sessionId>-24h`: ≤ 64 characters of [0-9A-Za-z_.-], as Scheduler requires. */
  name: string;
  /** `at(yyyy-mm-ddThh:mm:ss)`, read in UTC (`ScheduleExpressionTimezone: "UTC"`). */
  expression: string;
  /** Fires at (ISO, UTC). */
  at: string;
  event: OutgoingEvent<EventData<typeof SessionReminderDue>>;
}

export const reminderName = (sessionId: string, which: '24h' | '1h') => `${sessionId}-${which}`;

const atExpression = (instant: Date) => `at(${instant.toISOString().slice(0, 19)})`;

/** The reminders a session should have now: none unless scheduled, and none whose time has passed. */
export function remindersOf(pair: SchedulingPair, session: Session, linkToken: string, now: Date): ReminderSchedule[] {
  if (session.status !== 'scheduled') return [];
  const start = Date.parse(session.start);
  return REMINDER_LEADS.flatMap(({ which, minutes }) => {
    const at = new Date(start - minutes * 60_000);
    if (at.getTime() <= now.getTime()) return [];
    // One id per occurrence, revision and kind: a redelivered reminder is recognised as the same one.
    const eventId = `ev_${session.sessionId}_${session.sequence}_${which}`;
    const event = sessionReminderEvent(pair, session, which, linkToken, { eventId, occurredAt: at.toISOString() });
    return [
      { name: reminderName(session.sessionId, which), expression: atExpression(at), at: at.toISOString(), event },
    ];
  });
}

export interface ReminderChanges {
  /** Create, or update when it exists (a moved session). */
  upsert: ReminderSchedule[];
  /** Delete by name; a schedule already gone (fired, deleted) is fine. */
  delete: string[];
}

/** What happens to the schedules when a session goes from `before` to `after` (either may be absent). */
export function reminderChanges(
  pair: SchedulingPair,
  before: Session | undefined,
  after: Session | undefined,
  linkToken: string,
  now: Date,
): ReminderChanges {
  const upsert = after ? remindersOf(pair, after, linkToken, now) : [];
  const kept = new Set(upsert.map((schedule) => schedule.name));
  const existing =
    before?.status === 'scheduled' ? REMINDER_LEADS.map(({ which }) => reminderName(before.sessionId, which)) : [];
  return { upsert, delete: existing.filter((name) => !kept.has(name)) };
}
