import { logger } from '@lantern/runtime';
import type { Channel } from '../domain/plan/planned-message.js';
import { isEssential } from '../domain/render/catalog.js';
import { RenderError } from '../domain/render/errors.js';
import type { RenderedMessage } from '../domain/render/render.js';
import type { TemplateId } from '../domain/render/variables.js';
import { notificationsStore } from '../store/default-store.js';

/**
 * Sends one rendered message and answers its message id, or null when the provider refused the
 * address for good (an opted-out number). Each function passes only the senders it needs, so an
 * email-only function does not bundle the SMS client.
 */
export type Sender = (delivery: Delivery, message: RenderedMessage) => Promise<string | null>;
export type Senders = Partial<Record<Channel, Sender>>;

export interface Delivery {
  eventId: string;
  channel: Channel;
  /** An email address or an E.164 number; stored only hashed and masked. */
  to: string;
  template: TemplateId;
  /** Why this recipient gets nothing (recorded as skipped), or undefined to send. */
  skipReason?: string | undefined;
  render: () => RenderedMessage;
  /** Ids for the log line; never an address or a name. */
  logKeys: Record<string, string>;
}

/** Why a message to this address is not sent (in words staff may read), or null to send it. */
async function stopReason(delivery: Delivery): Promise<string | null> {
  if (delivery.skipReason) return delivery.skipReason;
  const state = await notificationsStore.addressState(delivery.to);
  if (delivery.channel === 'email' && state.suppressed) return `address suppressed after a ${state.suppressed}`;
  if (state.unsubscribed && !isEssential(delivery.template)) return 'recipient unsubscribed';
  return null;
}

/**
 * Sends one message at most once per event, recipient and channel: the notification record is
 * claimed first and marked sent, skipped or failed after. A failed send is rethrown, so the bus
 * retries with backoff and, in the end, dead-letters the event with the error.
 */
export async function deliver(delivery: Delivery, senders: Senders): Promise<void> {
  const { template, channel } = delivery;
  const { claimNotification, markNotification } = notificationsStore;
  const key = await claimNotification({
    eventId: delivery.eventId,
    recipient: delivery.to,
    template,
    channel,
    now: new Date(),
  });
  const logKeys = { ...delivery.logKeys, template, channel };
  if (!key) {
    logger.info('Notification already handled', logKeys);
    return;
  }
  const reason = await stopReason(delivery);
  if (reason) {
    await markNotification(key, { status: 'skipped', reason });
    logger.info('Notification skipped', { ...logKeys, reason });
    return;
  }
  let message: RenderedMessage;
  try {
    message = delivery.render();
  } catch (error) {
    // The event's data does not fit the template: no retry can help, so record it and go on.
    if (!(error instanceof RenderError)) throw error;
    await markNotification(key, { status: 'failed', reason: error.message });
    logger.error('Notification not rendered', { ...logKeys, error: error.name });
    return;
  }
  try {
    const send = senders[channel];
    if (!send) throw new Error(`This function sends no ${channel} messages`);
    const messageId = await send(delivery, message);
    if (messageId === null) {
      await markNotification(key, { status: 'skipped', reason: 'number opted out (STOP)' });
      logger.info('Notification skipped', { ...logKeys, reason: 'opted out' });
      return;
    }
    await markNotification(key, { status: 'sent', messageId });
    logger.info('Notification sent', logKeys);
  } catch (error) {
    await markNotification(key, { status: 'failed', reason: (error as Error).name });
    throw error;
  }
}
