import { SESv2Client, SendEmailCommand } from '@aws-sdk/client-sesv2';
import { RESOURCE_ENV } from '@lantern/runtime';
import type { RenderedMessage } from '../domain/render/render.js';
import type { Delivery } from './deliver.js';

const ses = new SESv2Client({});
const EMAIL = RESOURCE_ENV.sendEmail;

/** SES SendEmail: subject, text and HTML bodies, and the invite as an attachment. */
export async function sendEmail(delivery: Delivery, email: RenderedMessage): Promise<string> {
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
