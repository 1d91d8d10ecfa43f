// Types only: a function that sends no invite must not bundle the scheduling engine.
import type { InviteMethod } from '@lantern/scheduling-engine';
import type { TemplateId } from './variables.js';

/**
 * Messages that still go after someone unsubscribes: what a booked session depends on (invites,
 * reschedules, cancellations), the receipt of the client's own request (sent before any link to
 * unsubscribe exists), and staff work messages. Everything else carries an unsubscribe link.
 */
export const ESSENTIAL_TEMPLATES = [
  'intake-received',
  'intake-attention',
  'match-confirmed-peer',
  'session-booked-client',
  'session-booked-peer',
  'session-rescheduled-client',
  'session-rescheduled-peer',
  'session-cancelled-client',
  'session-cancelled-peer',
  'session-reminder-peer',
] as const satisfies readonly TemplateId[];

export function isEssential(template: TemplateId): boolean {
  return (ESSENTIAL_TEMPLATES as readonly TemplateId[]).includes(template);
}

/** Messages that also exist as a short text, for clients who chose text messages. */
export const SMS_TEMPLATES = [
  'session-booked-client',
  'session-rescheduled-client',
  'session-cancelled-client',
  'session-reminder-client',
] as const satisfies readonly TemplateId[];

export function hasSms(template: TemplateId): boolean {
  return (SMS_TEMPLATES as readonly TemplateId[]).includes(template);
}

/** Messages that carry a calendar invite, and its METHOD. */
export const INVITE_METHOD_OF: Partial<Record<TemplateId, InviteMethod>> = {
  'session-booked-client': 'REQUEST',
  'session-booked-peer': 'REQUEST',
  'session-rescheduled-client': 'REQUEST',
  'session-rescheduled-peer': 'REQUEST',
  'session-cancelled-client': 'CANCEL',
  'session-cancelled-peer': 'CANCEL',
};

export const EMAIL_PARTS = ['subject', 'text', 'html'] as const;
export type MessagePart = (typeof EMAIL_PARTS)[number] | 'sms';

/** One template's parts in one locale: ICU MessageFormat as written, or parsed ahead by the pack. */
export type TemplateParts<Source = string> = Record<(typeof EMAIL_PARTS)[number], Source> & { sms?: Source };
