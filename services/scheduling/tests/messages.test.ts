import { randomBytes } from 'node:crypto';
import { parseKeyRing, signToken, verifyToken } from '@lantern/runtime';
import ICAL from 'ical.js';
import { describe, expect, it } from 'vitest';
import {
  calendarFeedClaims,
  linkView,
  peerCalendarFeed,
  reminderChanges,
  remindersOf,
  sessionLinkClaims,
  sessionScheduledEvent,
} from '../src/domain/index.js';
import { session, TORONTO_LONDON } from './fixtures.js';

const now = new Date('2027-03-01T12:00:00Z');
const ring = parseKeyRing(JSON.stringify({ current: { id: 'k1', secret: randomBytes(32).toString('base64') } }));

describe('reminders', () => {
  it('are two one-time schedules, 24 hours and 1 hour before, carrying the reminder event', () => {
    // Prepare
    const booked = session({ start: '2027-03-09T23:00:00Z', end: '2027-03-10T00:00:00Z' });
    // Act
    const schedules = remindersOf(TORONTO_LONDON, booked, 'k1.token.mac', now);
    // Assess
    expect(schedules.map(({ name, expression }) => [name, expression])).toEqual([
      [`${booked.sessionId}-24h`, 'at(2027-03-08T23:00:00)'],
      [`${booked.sessionId}-1h`, 'at(2027-03-09T22:00:00)'],
    ]);
    expect(schedules[0]?.event.detailType).toBe('SessionReminderDue');
    expect(schedules[0]?.event.detail.data).toMatchObject({
      which: '24h',
      session: { sessionId: booked.sessionId, linkToken: 'k1.token.mac' },
      client: { firstName: 'Sam', locale: 'en', timeZone: 'Europe/London' },
      peer: { firstName: 'Alex' },
    });
    expect(schedules[0]?.event.detail.meta.eventId).toBe(`ev_${booked.sessionId}_0_24h`);
    expect(schedules[0]?.name.length).toBeLessThanOrEqual(64);
  });

  it('leaves out a reminder whose time has passed', () => {
    const soon = session({ start: '2027-03-01T20:00:00Z', end: '2027-03-01T21:00:00Z' });
    expect(remindersOf(TORONTO_LONDON, soon, 't', now).map((schedule) => schedule.name)).toEqual([
      `${soon.sessionId}-1h`,
    ]);
  });

  it('move with a moved session (same names, new times) and go with a cancelled one', () => {
    const before = session();
    const moved = { ...before, start: '2027-03-10T23:00:00Z', end: '2027-03-11T00:00:00Z', sequence: 1 };
    const moving = reminderChanges(TORONTO_LONDON, before, moved, 't', now);
    expect(moving.delete).toEqual([]);
    expect(moving.upsert.map(({ name, at }) => [name, at])).toEqual([
      [`${before.sessionId}-24h`, '2027-03-09T23:00:00.000Z'],
      [`${before.sessionId}-1h`, '2027-03-10T22:00:00.000Z'],
    ]);
    const cancelling = reminderChanges(TORONTO_LONDON, before, { ...before, status: 'cancelled' }, 't', now);
    expect(cancelling).toEqual({ upsert: [], delete: [`${before.sessionId}-24h`, `${before.sessionId}-1h`] });
  });
});

describe('session events', () => {
  it('carry first names, contact and a verifiable link per occurrence, and no surname', () => {
    const sessions = [session(), session({ start: '2027-03-16T22:00:00Z', end: '2027-03-16T23:00:00Z' })];
    const event = sessionScheduledEvent(
      TORONTO_LONDON,
      sessions,
      (booked) => signToken(ring, sessionLinkClaims(booked)),
      { eventId: 'ev_1', occurredAt: now.toISOString() },
    );
    const { data } = event.detail;
    expect(data.sessions).toHaveLength(2);
    expect(JSON.stringify(data)).not.toContain('Taylor');
    const check = verifyToken(ring, data.sessions[1]?.linkToken as string, { purpose: 'session-link', now });
    expect(check).toEqual({ ok: true, claims: expect.objectContaining({ subjects: [sessions[1]?.sessionId] }) });
  });
});

describe('links', () => {
  it('expire a day after the session ends', () => {
    const booked = session();
    expect(sessionLinkClaims(booked).expiresAt).toBe(Date.parse('2027-03-11T00:00:00Z') / 1000);
    expect(calendarFeedClaims('pr_1', now)).toMatchObject({ purpose: 'calendar-feed', subjects: ['pr_1'] });
  });

  it("show the occurrence and the rest of its series in the client's zone and language, with open times while it can change", () => {
    const first = session({ seriesId: 'sr_1' });
    const second = session({ seriesId: 'sr_1', start: '2027-03-16T22:00:00Z', end: '2027-03-16T23:00:00Z' });
    const cancelled = session({
      seriesId: 'sr_1',
      start: '2027-03-23T22:00:00Z',
      end: '2027-03-23T23:00:00Z',
      status: 'cancelled',
    });
    const alternative = {
      start: '2027-03-10T23:00:00Z',
      end: '2027-03-11T00:00:00Z',
      outsideOfficeHours: true,
      sameTimeEveryWeek: true,
      weeksFree: 1,
    };
    const view = linkView(
      first,
      [cancelled, second, first],
      [alternative],
      { timeZone: 'Europe/London', locale: 'fr' },
      now,
    );
    expect(view.locale).toBe('fr');
    expect(view.occurrence.localStart).toBe('2027-03-09T23:00');
    expect(view.following.map((shown) => shown.localStart)).toEqual(['2027-03-16T22:00']);
    expect(view.alternatives).toEqual([
      { start: alternative.start, end: alternative.end, localStart: '2027-03-10T23:00' },
    ]);
    expect(JSON.stringify(view)).not.toMatch(/se_|pr_|cl_|Alex|outsideOfficeHours/);
    const afterwards = linkView(
      first,
      [first],
      [alternative],
      { timeZone: 'Europe/London', locale: 'fr' },
      new Date('2027-03-10T00:00:00Z'),
    );
    expect([afterwards.canChange, afterwards.alternatives]).toEqual([false, []]);
  });
});

describe("the peer's calendar feed", () => {
  it('lists each session at its instant as "Session with <first name>", cancelled ones as cancelled', () => {
    const kept = session({ sequence: 2 });
    const dropped = session({
      start: '2027-03-16T22:00:00Z',
      end: '2027-03-16T23:00:00Z',
      status: 'cancelled',
      sequence: 1,
    });
    const text = peerCalendarFeed(
      [
        { session: kept, clientFirstName: 'Sam Taylor' },
        { session: dropped, clientFirstName: 'Sam;Taylor' },
      ],
      { uidDomain: 'lantern.example.org', now },
    );
    // Read back with an independent parser.
    const events = new ICAL.Component(ICAL.parse(text))
      .getAllSubcomponents('vevent')
      .map((vevent) => new ICAL.Event(vevent));
    expect(
      events.map((event) => [
        event.uid,
        event.summary,
        event.startDate.toJSDate().toISOString(),
        event.sequence,
        event.component.getFirstPropertyValue('status'),
      ]),
    ).toEqual([
      [`${kept.sessionId}@lantern.example.org`, 'Session with Sam', '2027-03-09T23:00:00.000Z', 2, 'CONFIRMED'],
      [
        `${dropped.sessionId}@lantern.example.org`,
        'Session with SamTaylor',
        '2027-03-16T22:00:00.000Z',
        1,
        'CANCELLED',
      ],
    ]);
    expect(text).not.toMatch(/\bTaylor|DESCRIPTION|LOCATION/);
  });
});
