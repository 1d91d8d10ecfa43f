import * as z from 'zod/mini';
import type { SuppressionReason } from '../store/notifications-store.js';

const Recipients = z.array(z.object({ emailAddress: z.string() }));

/** The part of SES's EventBridge feedback event (source `aws.ses`) that suppression needs. */
export const SesFeedbackDetail = z.union([
  z.object({
    eventType: z.literal('Bounce'),
    bounce: z.object({ bounceType: z.string(), bouncedRecipients: Recipients }),
  }),
  z.object({ eventType: z.literal('Complaint'), complaint: z.object({ complainedRecipients: Recipients }) }),
]);
export type SesFeedbackDetail = z.infer<typeof SesFeedbackDetail>;

/**
 * The addresses to suppress: every complaint, and bounces that are permanent. A transient bounce
 * (a full mailbox) says nothing lasting about the address.
 */
export function addressesToSuppress(detail: SesFeedbackDetail): { address: string; reason: SuppressionReason }[] {
  if (detail.eventType === 'Complaint') {
    return detail.complaint.complainedRecipients.map((r) => ({ address: r.emailAddress, reason: 'complaint' }));
  }
  if (detail.bounce.bounceType !== 'Permanent') return [];
  return detail.bounce.bouncedRecipients.map((r) => ({ address: r.emailAddress, reason: 'bounce' }));
}
