import { EventBridgeEnvelope } from '@lantern/contracts';
import { logger } from '@lantern/runtime';
import { addressesToSuppress, SesFeedbackDetail } from '../domain/feedback.js';
import { notificationsStore } from '../store/default-store.js';

/**
 * SES bounce and complaint events (source `aws.ses`, not a Lantern event) → the suppression list.
 * Adding an address twice changes nothing, so a redelivered event needs no idempotency record; a
 * malformed event throws, so the bus dead-letters it with the reason.
 */
export async function handler(event: unknown): Promise<void> {
  const envelope = EventBridgeEnvelope.parse(event);
  const detail = SesFeedbackDetail.parse(envelope.detail);
  const addresses = addressesToSuppress(detail);
  for (const { address, reason } of addresses) await notificationsStore.suppress(address, reason);
  logger.info('Feedback recorded', { feedback: detail.eventType, suppressed: addresses.length });
}
