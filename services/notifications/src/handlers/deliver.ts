import {
  ConflictException,
  PinpointSMSVoiceV2Client,
  SendTextMessageCommand,
} from '@aws-sdk/client-pinpoint-sms-voice-v2';
import { SESv2Client, SendEmailCommand } from '@aws-sdk/client-sesv2';
import { logger, RESOURCE_ENV } from '@lantern/runtime';
import type { Channel } from '../domain/plan/planned-message.js';
import { isEssential } from '../domain/render/catalog.js';
import { RenderError } from '../domain/render/errors.js';
import type { RenderedMessage } from '../domain/render/render.js';
import type { TemplateId } from '../domain/render/variables.js';
import { notificationsStore } from '../store/default-store.js';

const ses = new SESv2Client({});
const sms = new PinpointSMSVoiceV2Client({});
const EMAIL = RESOURCE_ENV.sendEmail;
const TEXT = RESOURCE_ENV.sendText;

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
export async function deliver(delivery: Delivery): Promise<void> {
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
    const messageId = channel === 'email' ? await sendEmail(delivery, message) : await sendText(delivery, message);
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

async function sendEmail(delivery: Delivery, email: RenderedMessage): Promise<string> {
  const sent = await ses.send(
    new SendEmailCommand({
      FromEmailAddress: process.env[EMAIL.senderEmail],
      Destination: { ToAddresses: [delivery.to] },
      ConfigurationSetName: process.env[EMAIL.configurationSet] || undefined,
      Content: {
        Simple: {
          Subject: { Data: email.subject, Charset: 'UTF-8' },
          Body: { Text: { Data: email.text, Charset: 'UTF-8' }, Html: { Data: email.html, Charset: 'UTF-8' } },
          ...(email.attachments.length > 0
            ? {
                Attachments: email.attachments.map((attachment) => ({
                  FileName: attachment.filename,
                  ContentType: attachment.contentType,
                  ContentDisposition: 'ATTACHMENT' as const,
                  RawContent: new TextEncoder().encode(attachment.content),
                })),
              }
            : {}),
        },
      },
      EmailTags: [{ Name: 'template', Value: delivery.template }],
    }),
  );
  return sent.MessageId ?? '';
}

/** The text part; null when the number has opted out (AWS refuses it with a ConflictException). */
async function sendText(delivery: Delivery, message: RenderedMessage): Promise<string | null> {
  if (!message.sms) throw new RenderError(`${delivery.template} has no text message`);
  try {
    const sent = await sms.send(
      new SendTextMessageCommand({
        DestinationPhoneNumber: delivery.to,
        OriginationIdentity: process.env[TEXT.originationIdentity],
        ConfigurationSetName: process.env[TEXT.configurationSet] || undefined,
        MessageBody: message.sms,
        MessageType: 'TRANSACTIONAL',
      }),
    );
    return sent.MessageId ?? '';
  } catch (error) {
    if (error instanceof ConflictException && error.Reason === 'DESTINATION_PHONE_NUMBER_OPTED_OUT') return null;
    throw error;
  }
}
