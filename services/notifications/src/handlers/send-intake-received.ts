import { IntakeSubmitted } from '@lantern/contracts';
import { eventHandler } from '@lantern/runtime';
import { renderIntakeReceived } from '../domain/intake-received-email.js';
import { deliverEmail, table } from './deliver-email.js';

/** IntakeSubmitted → a discreet "we received your request" email, at most once per event and recipient. */
export const handler = eventHandler(IntakeSubmitted, { idempotencyTable: table }, async ({ meta, data }) => {
  await deliverEmail({
    eventId: meta.eventId,
    recipient: data.email,
    template: 'intake-received',
    skipReason: data.contactChannels.includes('email') ? undefined : 'email is not a chosen contact channel',
    render: () =>
      renderIntakeReceived({
        preferredName: data.preferredName,
        locale: data.locale,
        organisationName: process.env.ORGANISATION_NAME ?? 'Lantern',
      }),
    logKeys: { clientId: data.clientId },
  });
});
