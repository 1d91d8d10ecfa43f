import { IntakeSubmitted, Locale } from '@lantern/contracts';
import { eventHandler } from '@lantern/runtime';
import * as z from 'zod/mini';
import { renderUrgentAlert } from '../domain/urgent-alert-email.js';
import { deliverEmail, table } from './deliver-email.js';

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
      template: 'urgent-intake',
      render: () =>
        renderUrgentAlert({
          clientUrl,
          locale: staffLocale,
          organisationName: process.env.ORGANISATION_NAME ?? 'Lantern',
        }),
      logKeys: { clientId: data.clientId },
    });
  }
});
