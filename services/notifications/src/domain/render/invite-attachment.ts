import { type InviteMethod, sessionInvite } from '@lantern/scheduling-engine';
import type { InviteDetails } from './variables.js';

export interface Attachment {
  filename: string;
  contentType: string;
  content: string;
}

/**
 * The session's calendar invite, from the scheduling engine: UID from the session id (stable
 * across every change), SEQUENCE from the event, METHOD REQUEST or CANCEL. Its title names the
 * other person's first name and nothing else.
 */
export type InviteAttachment = (input: {
  method: InviteMethod;
  startsAt: Date;
  counterpartFirstName: string;
  invite: InviteDetails;
}) => Attachment;

export const inviteAttachment: InviteAttachment = (input) => {
  const { invite, method } = input;
  const content = sessionInvite({
    sessionId: invite.sessionId,
    sequence: invite.sequence,
    method,
    start: input.startsAt.toISOString(),
    durationMinutes: invite.durationMinutes,
    timeZone: invite.timeZone,
    firstName: input.counterpartFirstName,
    organizer: invite.organizer,
    attendees: invite.attendees,
    ...(invite.repeatCount ? { repeat: { count: invite.repeatCount } } : {}),
    ...(invite.stamp ? { stamp: invite.stamp } : {}),
    ...(invite.uidDomain ? { uidDomain: invite.uidDomain } : {}),
  });
  return { filename: 'invite.ics', contentType: `text/calendar; charset=UTF-8; method=${method}`, content };
};
