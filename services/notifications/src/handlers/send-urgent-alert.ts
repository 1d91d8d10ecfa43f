import { IntakeSubmitted, Locale } from '@lantern/contracts';
import { eventHandler } from '@lantern/runtime';
import * as z from 'zod/mini';
import { createRenderer, packedLayouts, packedTemplate } from '../domain/render/render.js';
import layouts from '../templates/packed/_layout.generated.json' with { type: 'json' };
import intakeAttention from '../templates/packed/intake-attention.generated.json' with { type: 'json' };
import { deliverEmail, table } from './deliver-email.js';

const TEMPLATE = 'intake-attention';
const render = createRenderer({
  layouts: packedLayouts(layouts),
  templates: { [TEMPLATE]: packedTemplate(intakeAttention) },
});

/** The coordinators on duty (organisation configuration), checked once at cold start. */
const onDuty = z
  .array(z.email())
  .check(z.minLength(1))
  .parse(
    (process.env.COORDINATORS_ON_DUTY ?? '')
      .split(',')
      .map((address) => address.trim())
      .filter(Boolean),
  );
const staffLocale = Locale.parse(process.env.STAFF_LOCALE ?? 'en');
const webOrigin = z.url().parse(process.env.WEB_ORIGIN);

/** An urgent IntakeSubmitted → "an intake needs attention" to each coordinator on duty, once per intake. */
export const handler = eventHandler(IntakeSubmitted, { idempotencyTable: table }, async ({ meta, data }) => {
  const clientUrl = `${webOrigin.replace(/\/$/, '')}/staff/clients/${encodeURIComponent(data.clientId)}`;
  for (const coordinator of onDuty) {
    await deliverEmail({
      eventId: meta.eventId,
      recipient: coordinator,
      template: TEMPLATE,
      render: () =>
        render(TEMPLATE, staffLocale, { clientUrl, organisationName: process.env.ORGANISATION_NAME ?? 'Lantern' }),
      logKeys: { clientId: data.clientId },
    });
  }
});
