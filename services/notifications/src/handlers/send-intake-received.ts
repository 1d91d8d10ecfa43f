import { IntakeSubmitted } from '@lantern/contracts';
import { eventHandler } from '@lantern/runtime';
import { createRenderer, packedLayouts, packedTemplate } from '../domain/render/render.js';
import layouts from '../templates/packed/_layout.generated.json' with { type: 'json' };
import intakeReceived from '../templates/packed/intake-received.generated.json' with { type: 'json' };
import { deliverEmail, table } from './deliver-email.js';

const TEMPLATE = 'intake-received';
/** Only this function's template is bundled with it. */
const render = createRenderer({
  layouts: packedLayouts(layouts),
  templates: { [TEMPLATE]: packedTemplate(intakeReceived) },
});

/** IntakeSubmitted → a discreet "we received your request" email, at most once per event and recipient. */
export const handler = eventHandler(IntakeSubmitted, { idempotencyTable: table }, async ({ meta, data }) => {
  await deliverEmail({
    eventId: meta.eventId,
    recipient: data.email,
    template: TEMPLATE,
    skipReason: data.contactChannels.includes('email') ? undefined : 'email is not a chosen contact channel',
    render: () =>
      render(TEMPLATE, data.locale, {
        preferredName: data.preferredName,
        organisationName: process.env.ORGANISATION_NAME ?? 'Lantern',
      }),
    logKeys: { clientId: data.clientId },
  });
});
