import { CONTACT_CHANNELS } from '@lantern/contracts';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { findListedTerms } from '../../src/domain/discretion/listed-terms.js';
import {
  matchConfirmedMessages,
  sessionCancelledMessages,
  sessionReminderMessages,
  sessionRescheduledMessages,
  sessionScheduledMessages,
} from '../../src/domain/plan/plan-messages.js';
import type { PlannedMessage } from '../../src/domain/plan/planned-message.js';
import { inviteAttachment } from '../../src/domain/render/invite-attachment.js';
import { createRenderer } from '../../src/domain/render/render.js';
import { readDiscretionTerms } from '../../src/templates/discretion-terms.js';
import { ALL_TEMPLATE_SOURCES } from '../../src/templates/index.js';
import { cancelled, context, matchConfirmed, reminder, rescheduled, scheduled } from './session-events.js';

const render = createRenderer(ALL_TEMPLATE_SOURCES, { invite: inviteAttachment });
const terms = readDiscretionTerms();
const summary = (messages: PlannedMessage[]) => messages.map((m) => `${m.template} ${m.channel} ${m.to}`);
const planners = [
  () => matchConfirmedMessages(matchConfirmed(), context),
  () => sessionScheduledMessages(scheduled(), context),
  () => sessionRescheduledMessages(rescheduled(), context),
  () => sessionCancelledMessages(cancelled(), context),
  () => sessionReminderMessages(reminder('24h'), context),
  () => sessionReminderMessages(reminder('1h'), context),
];

describe('planning the messages of an event', () => {
  it('sends a booking to the client by email and text and to the peer by email', () => {
    // Act
    const messages = sessionScheduledMessages(scheduled(), context);
    // Assess
    expect(summary(messages)).toEqual([
      'session-booked-client email sam@example.net',
      'session-booked-client text +15555550123',
      'session-booked-peer email alex@example.org',
    ]);
    expect(messages.map((m) => m.locale)).toEqual(['fr', 'fr', 'en']);
  });

  it('introduces the match by email only: that message has no text part', () => {
    // Act
    const messages = matchConfirmedMessages(matchConfirmed(), context);
    // Assess
    expect(summary(messages)).toEqual([
      'match-confirmed-client email sam@example.net',
      'match-confirmed-peer email alex@example.org',
    ]);
  });

  it('describes a 12-week series with one invite whose UID is the series and whose times are the first session', () => {
    // Act
    const [client] = sessionScheduledMessages(scheduled(), context);
    const email = render(client!.template, client!.locale, client!.variables);
    // Assess
    expect(client!.variables).toMatchObject({ sessionCount: 12, startsAt: '2026-10-27T22:00:00Z' });
    const invite = email.attachments[0]?.content ?? '';
    expect(invite).toMatch(/METHOD:REQUEST/);
    expect(invite).toMatch(/UID:sr_01@/);
    expect(invite).toMatch(/RRULE:FREQ=WEEKLY;COUNT=12/);
  });

  it('cancels the rest of a series with a CANCEL invite of a higher sequence, counting what was cancelled', () => {
    // Act
    const [client, peer] = sessionCancelledMessages(cancelled(['email']), context);
    const invite = render(peer!.template, peer!.locale, peer!.variables).attachments[0]?.content ?? '';
    // Assess
    expect(client!.variables).toMatchObject({ sessionCount: 8 });
    expect(invite).toMatch(/METHOD:CANCEL/);
    expect(invite).toMatch(/SEQUENCE:1/);
  });

  it('links the client to their own signed session page, and reminders carry an unsubscribe link per address', () => {
    // Act
    const [email, text] = sessionReminderMessages(reminder('1h'), context);
    // Assess
    expect(email!.variables).toMatchObject({
      hoursBefore: 1,
      rescheduleUrl: 'https://app.example.org/s/token-1',
      cancelUrl: 'https://app.example.org/s/token-1#cancel',
      unsubscribeUrl: context.unsubscribeUrl('sam@example.net'),
    });
    expect(text!.variables).toMatchObject({ unsubscribeUrl: context.unsubscribeUrl('+15555550123') });
  });

  it('renders every planned message in both languages, with no listed term anywhere, invite included', () => {
    for (const plan of planners) {
      for (const message of plan()) {
        for (const locale of ['en', 'fr'] as const) {
          // Act
          const rendered = render(message.template, locale, message.variables);
          const everything = [rendered.subject, rendered.text, rendered.html, rendered.sms ?? '']
            .concat(rendered.attachments.map((a) => a.content))
            .join('\n');
          // Assess
          expect(findListedTerms(everything, terms)).toEqual([]);
        }
      }
    }
  });

  it('whatever channels a client chose: the peer gets one email, the client only chosen channels, never twice', () => {
    fc.assert(
      fc.property(
        fc.subarray([...CONTACT_CHANNELS]),
        fc.integer({ min: 0, max: planners.length - 1 }),
        (channels, i) => {
          // Prepare
          const events = [
            () => matchConfirmedMessages(matchConfirmed(channels), context),
            () => sessionScheduledMessages(scheduled(channels), context),
            () => sessionRescheduledMessages(rescheduled(channels), context),
            () => sessionCancelledMessages(cancelled(channels), context),
            () => sessionReminderMessages(reminder('24h', channels), context),
          ];
          // Act
          const messages = events[i % events.length]!();
          // Assess
          const toPeer = messages.filter((m) => m.to === 'alex@example.org');
          expect(toPeer).toHaveLength(1);
          expect(new Set(summary(messages)).size).toBe(messages.length);
          for (const message of messages.filter((m) => m.to !== 'alex@example.org')) {
            expect(channels).toContain(message.channel);
          }
        },
      ),
    );
  });
});
