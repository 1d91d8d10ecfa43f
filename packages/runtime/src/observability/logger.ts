import { Logger } from '@aws-lambda-powertools/logger';

/**
 * Keys whose values are personal data. Handlers log ids, never these, but a stray object that
 * carries one is redacted on its way out rather than trusted to never happen.
 */
const PERSONAL_KEYS = new Set([
  'preferredName',
  'pronouns',
  'email',
  'phone',
  'goals',
  'availability',
  'peerPreferences',
  'safety',
  'supportAreas',
  'body',
  'headers',
  'authorization',
  'text',
  'html',
  'to',
  'toAddresses',
]);

export const REDACTED = '[redacted]';

export function redactPersonalData(key: string, value: unknown): unknown {
  return PERSONAL_KEYS.has(key) ? REDACTED : value;
}

export const logger = new Logger({ jsonReplacerFn: redactPersonalData });

const EMAIL = /[^\s@"'<>]+@[^\s@"'<>]+/g;
const PHONE = /\+?\d[\d\s().-]{6,}\d/g;

/** For free text we do not control (an error's message): masks anything shaped like an email or phone number. */
export function scrubText(text: string | undefined): string | undefined {
  return text?.replace(EMAIL, REDACTED).replace(PHONE, REDACTED);
}
