import ICAL from 'ical.js';
import { describe, expect, it } from 'vitest';
import { INVITE_METHOD_OF } from '../../src/domain/render/catalog.js';
import { inviteAttachment } from '../../src/domain/render/invite-attachment.js';
import { createRenderer } from '../../src/domain/render/render.js';
import { TEMPLATE_IDS } from '../../src/domain/render/variables.js';
import { readTemplateSources } from '../../src/templates/files.js';
import { FIXTURES } from './fixtures.js';

const render = createRenderer(readTemplateSources(), { invite: inviteAttachment });

/** Parses an attachment with ical.js (independent of ical-generator), as a calendar app would. */
function parse(content: string) {
  const calendar = new ICAL.Component(ICAL.parse(content));
  for (const zone of calendar.getAllSubcomponents('vtimezone')) ICAL.TimezoneService.register(zone);
  const vevent = calendar.getFirstSubcomponent('vevent');
  if (!vevent) throw new Error('no VEVENT');
  return { method: calendar.getFirstPropertyValue('method'), vevent, event: new ICAL.Event(vevent) };
}

function inviteOf(template: (typeof TEMPLATE_IDS)[number]) {
  const [attachment, ...others] = render(template, 'fr', FIXTURES[template] as never).attachments;
  expect(others).toEqual([]);
  if (!attachment) throw new Error(`${template} has no invite`);
  return { attachment, ...parse(attachment.content) };
}

describe('invite attachments', () => {
  it('attach a calendar invite to booked, rescheduled and cancelled sessions only', () => {
    for (const template of TEMPLATE_IDS) {
      const attachments = render(template, 'en', FIXTURES[template] as never).attachments;
      expect(attachments.length, template).toBe(INVITE_METHOD_OF[template] ? 1 : 0);
    }
  });

  it('books the series at the right instant, in the session’s zone, with a stable UID', () => {
    // Act
    const { attachment, method, event } = inviteOf('session-booked-client');

    // Assess
    expect(attachment.contentType).toBe('text/calendar; charset=UTF-8; method=REQUEST');
    expect(method).toBe('REQUEST');
    expect(event.uid).toBe('se_01J9Z8@harbour.example.org');
    expect(event.sequence).toBe(0);
    expect(event.startDate.toJSDate().toISOString()).toBe('2026-10-27T22:00:00.000Z');
    expect(event.startDate.zone?.tzid).toBe('America/Vancouver');
    expect(event.startDate.toString()).toBe('2026-10-27T15:00:00');
    expect(event.summary).toBe('Session with Alex');
    const starts: string[] = [];
    const iterator = event.iterator();
    for (let next = iterator.next(); next; next = iterator.next()) starts.push(next.toJSDate().toISOString());
    expect(starts).toHaveLength(12);
    // Every week at 15:00 on a Tuesday in Vancouver, whatever the tz data says about its offsets
    // (British Columbia stays on UTC-7 from 2026 in current tz data): Intl is the oracle.
    const wallClock = new Intl.DateTimeFormat('en-GB', {
      timeZone: 'America/Vancouver',
      weekday: 'short',
      hour: '2-digit',
      minute: '2-digit',
    });
    expect(new Set(starts.map((start) => wallClock.format(new Date(start))))).toEqual(new Set(['Tue 15:00']));
  });

  it('moves a session under the same UID with a higher SEQUENCE', () => {
    const booked = inviteOf('session-booked-peer');
    const moved = inviteOf('session-rescheduled-peer');
    expect(moved.method).toBe('REQUEST');
    expect(moved.event.uid).toBe(booked.event.uid);
    expect(moved.event.sequence).toBeGreaterThan(booked.event.sequence);
    expect(moved.event.startDate.toJSDate().toISOString()).toBe('2026-10-28T22:00:00.000Z');
    expect(moved.event.summary).toBe('Session with Sam');
  });

  it('cancels with METHOD CANCEL, the same UID and a higher SEQUENCE again', () => {
    const moved = inviteOf('session-rescheduled-client');
    const cancelled = inviteOf('session-cancelled-client');
    expect(cancelled.attachment.contentType).toContain('method=CANCEL');
    expect(cancelled.method).toBe('CANCEL');
    expect(cancelled.vevent.getFirstPropertyValue('status')).toBe('CANCELLED');
    expect(cancelled.event.uid).toBe(moved.event.uid);
    expect(cancelled.event.sequence).toBeGreaterThan(moved.event.sequence);
  });
});
