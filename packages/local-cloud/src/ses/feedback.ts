import { randomUUID } from 'node:crypto';
import type { PutEventsEntry } from '../eventbridge/envelope.js';

export const FEEDBACK_TYPES = ['Bounce', 'Complaint'] as const;
export type FeedbackType = (typeof FEEDBACK_TYPES)[number];

/** SES's EventBridge detail types for the feedback it publishes. */
const DETAIL_TYPE: Record<FeedbackType, string> = { Bounce: 'Email Bounced', Complaint: 'Email Complaint Received' };

/**
 * The event SES puts on EventBridge when a message to `email` bounces (permanently) or draws a
 * complaint: source `aws.ses`, the same detail shape as SES event publishing.
 */
export function sesFeedbackEntry(input: {
  type: FeedbackType;
  email: string;
  busName: string;
  now?: Date;
}): PutEventsEntry {
  const timestamp = (input.now ?? new Date()).toISOString();
  const recipients = [{ emailAddress: input.email }];
  const feedback =
    input.type === 'Bounce'
      ? {
          bounce: {
            feedbackId: randomUUID(),
            bounceType: 'Permanent',
            bounceSubType: 'General',
            bouncedRecipients: recipients,
            timestamp,
          },
        }
      : { complaint: { feedbackId: randomUUID(), complainedRecipients: recipients, timestamp } };
  return {
    Source: 'aws.ses',
    DetailType: DETAIL_TYPE[input.type],
    EventBusName: input.busName,
    Detail: JSON.stringify({
      eventType: input.type,
      ...feedback,
      mail: { timestamp, messageId: randomUUID(), destination: [input.email] },
    }),
  };
}
