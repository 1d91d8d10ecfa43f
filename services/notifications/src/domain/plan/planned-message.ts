import type { ContactChannel, Locale } from '@lantern/contracts';
import { hasSms } from '../render/catalog.js';
import type { TemplateId, TemplateVariables } from '../render/variables.js';

export const CHANNELS = ['email', 'text'] as const;
export type Channel = (typeof CHANNELS)[number];

/** One message to one address over one channel: what a handler renders and delivers once. */
export interface PlannedMessage<T extends TemplateId = TemplateId> {
  template: T;
  channel: Channel;
  /** An email address or an E.164 phone number. */
  to: string;
  locale: Locale;
  variables: TemplateVariables<T>;
}

/** What the organisation configures and what only a handler can make (signed links). */
export interface PlanContext {
  organisationName: string;
  /** The web app's origin, without a trailing slash. */
  webOrigin: string;
  /** Peers get messages in this language when the event does not say theirs. */
  staffLocale: Locale;
  /** The invite's ORGANIZER: the organisation's sending address. */
  organizer: { name: string; email: string };
  /** A signed link that stops non-essential messages to this address or number. */
  unsubscribeUrl: (address: string) => string;
}

export interface ClientContact {
  email?: string | undefined;
  phone?: string | undefined;
  contactChannels: readonly ContactChannel[];
}

/**
 * Where a client's copy of `template` goes: by email when they chose email, and also by text when
 * they chose text messages and the template has a text part. Nothing when they chose neither.
 */
export function clientAddresses(client: ClientContact, template: TemplateId): { channel: Channel; to: string }[] {
  const addresses: { channel: Channel; to: string }[] = [];
  if (client.email && client.contactChannels.includes('email')) addresses.push({ channel: 'email', to: client.email });
  if (client.phone && client.contactChannels.includes('text') && hasSms(template)) {
    addresses.push({ channel: 'text', to: client.phone });
  }
  return addresses;
}

/** The client's own page for an occurrence (GET /links/{token} behind it); the token is signed by scheduling. */
export const sessionLinks = (webOrigin: string, linkToken: string) => {
  const page = `${webOrigin}/s/${encodeURIComponent(linkToken)}`;
  return { rescheduleUrl: page, cancelUrl: `${page}#cancel` };
};

/** The staff app's page for a client; it is behind sign-in, and the role and relationship checks. */
export const staffClientUrl = (webOrigin: string, clientId: string) =>
  `${webOrigin}/staff/clients/${encodeURIComponent(clientId)}`;
