import { Locale } from '@lantern/contracts';
import { keyRingFromEnvironment, RESOURCE_ENV, signToken } from '@lantern/runtime';
import * as z from 'zod/mini';
import type { PlanContext, PlannedMessage } from '../domain/plan/planned-message.js';
import { addressKey } from '../domain/recipient.js';
import type { Render } from '../domain/render/render.js';
import { deliver, type Senders } from './deliver.js';

/** An unsubscribe link lasts a year: long after the message, short of forever. */
const UNSUBSCRIBE_SECONDS = 365 * 24 * 3600;

/** The organisation's settings and signed links, read once per cold start (bad settings fail at once). */
export function planContext(env: NodeJS.ProcessEnv = process.env): PlanContext {
  const webOrigin = z
    .url({ protocol: /^https?$/ })
    .parse(env.WEB_ORIGIN)
    .replace(/\/$/, '');
  const organisationName = z.string().check(z.minLength(1)).parse(env.ORGANISATION_NAME);
  const ring = keyRingFromEnvironment(env);
  return {
    organisationName,
    webOrigin,
    staffLocale: Locale.parse(env.STAFF_LOCALE ?? 'en'),
    organizer: { name: organisationName, email: z.email().parse(env[RESOURCE_ENV.sendEmail.senderEmail]) },
    unsubscribeUrl: (address) => {
      const expiresAt = Math.floor(Date.now() / 1000) + UNSUBSCRIBE_SECONDS;
      const token = signToken(ring, { purpose: 'unsubscribe', subjects: [addressKey(address)], expiresAt });
      return `${webOrigin}/unsubscribe/${token}`;
    },
  };
}

/** Delivers each planned message once; a failure stops here and the bus retries the event. */
export async function deliverAll(
  eventId: string,
  messages: readonly PlannedMessage[],
  render: Render,
  logKeys: Record<string, string>,
  senders: Senders,
): Promise<void> {
  for (const message of messages) {
    await deliver(
      {
        eventId,
        channel: message.channel,
        to: message.to,
        template: message.template,
        render: () => render(message.template, message.locale, message.variables),
        logKeys,
      },
      senders,
    );
  }
}
