import { SESv2Client, SendEmailCommand } from '@aws-sdk/client-sesv2';
import { documentClient, logger, RESOURCE_ENV } from '@lantern/runtime';
import type { RenderedMessage } from '../domain/render/render.js';
import { createNotificationsStore } from '../store/notifications-store.js';
import { notificationsTable } from '../tables.js';

const ses = new SESv2Client({});
export const table = notificationsTable();
const { claimNotification, markNotification } = createNotificationsStore({ documents: documentClient(), table });
const EMAIL = RESOURCE_ENV.sendEmail;

export interface EmailDelivery {
  eventId: string;
  recipient: string;
  template: string;
  /** Why this recipient gets nothing (recorded as skipped), or undefined to send. */
  skipReason?: string | undefined;
  render: () => Pick<RenderedMessage, 'subject' | 'text' | 'html'>;
  /** Ids for the log line; never an address or a name. */
  logKeys: Record<string, string>;
}

/**
 * Sends one email at most once per event and recipient: the notification record is claimed before
 * SendEmail and marked sent, skipped or failed after (a failure is rethrown so the bus retries).
 */
export async function deliverEmail(delivery: EmailDelivery): Promise<void> {
  const { template } = delivery;
  const key = await claimNotification({
    eventId: delivery.eventId,
    recipient: delivery.recipient,
    template,
    channel: 'email',
    now: new Date(),
  });
  if (!key) {
    logger.info('Notification already handled', { ...delivery.logKeys, template });
    return;
  }
  if (delivery.skipReason) {
    await markNotification(key, { status: 'skipped', reason: delivery.skipReason });
    return;
  }
  const email = delivery.render();
  try {
    const sent = await ses.send(
      new SendEmailCommand({
        FromEmailAddress: process.env[EMAIL.senderEmail],
        Destination: { ToAddresses: [delivery.recipient] },
        ConfigurationSetName: process.env[EMAIL.configurationSet] || undefined,
        Content: {
          Simple: {
            Subject: { Data: email.subject, Charset: 'UTF-8' },
            Body: { Text: { Data: email.text, Charset: 'UTF-8' }, Html: { Data: email.html, Charset: 'UTF-8' } },
          },
        },
        EmailTags: [{ Name: 'template', Value: template }],
      }),
    );
    await markNotification(key, { status: 'sent', messageId: sent.MessageId ?? '' });
    logger.info('Email sent', { ...delivery.logKeys, template });
  } catch (error) {
    await markNotification(key, { status: 'failed', error: (error as Error).name });
    throw error;
  }
}
