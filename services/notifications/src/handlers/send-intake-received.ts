import { SESv2Client, SendEmailCommand } from '@aws-sdk/client-sesv2';
import { IntakeSubmitted } from '@lantern/contracts';
import { eventHandler, logger } from '@lantern/runtime';
import { createRenderer, packedLayouts, packedTemplate } from '../domain/render/render.js';
import { claimNotification, markNotification, tableName } from '../store/notifications-store.js';
import layouts from '../templates/packed/_layout.generated.json' with { type: 'json' };
import intakeReceived from '../templates/packed/intake-received.generated.json' with { type: 'json' };

const ses = new SESv2Client({});
const TEMPLATE = 'intake-received';
/** Only this function's template is bundled with it. */
const render = createRenderer({
  layouts: packedLayouts(layouts),
  templates: { [TEMPLATE]: packedTemplate(intakeReceived) },
});

/** IntakeSubmitted → a discreet "we received your request" email, at most once per event and recipient. */
export const handler = eventHandler(IntakeSubmitted, { idempotencyTable: tableName() }, async ({ meta, data }) => {
  const now = new Date();
  const key = await claimNotification({
    eventId: meta.eventId,
    recipient: data.email,
    template: TEMPLATE,
    channel: 'email',
    now,
  });
  if (!key) {
    logger.info('Notification already handled', { clientId: data.clientId });
    return;
  }
  if (!data.contactChannels.includes('email')) {
    await markNotification(key, { status: 'skipped', reason: 'email is not a chosen contact channel' });
    return;
  }
  const email = render(TEMPLATE, data.locale, {
    preferredName: data.preferredName,
    organisationName: process.env.ORGANISATION_NAME ?? 'Lantern',
  });
  try {
    const sent = await ses.send(
      new SendEmailCommand({
        FromEmailAddress: process.env.SENDER_EMAIL,
        Destination: { ToAddresses: [data.email] },
        ConfigurationSetName: process.env.SES_CONFIGURATION_SET || undefined,
        Content: {
          Simple: {
            Subject: { Data: email.subject, Charset: 'UTF-8' },
            Body: { Text: { Data: email.text, Charset: 'UTF-8' }, Html: { Data: email.html, Charset: 'UTF-8' } },
          },
        },
        EmailTags: [{ Name: 'template', Value: TEMPLATE }],
      }),
    );
    await markNotification(key, { status: 'sent', messageId: sent.MessageId ?? '' });
    logger.info('Email sent', { clientId: data.clientId, template: TEMPLATE });
  } catch (error) {
    await markNotification(key, { status: 'failed', error: (error as Error).name });
    throw error;
  }
});
