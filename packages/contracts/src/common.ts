import * as z from 'zod/mini';
import en from 'zod/v4/locales/en.js';

// zod/mini loads no messages by default: English ones, for problem+json `errors`.
z.config(en());

/** Shared vocabulary of the domain: every service, engine and the web app speak these. */

export const WEEKDAYS = ['mon', 'tue', 'wed', 'thu', 'fri', 'sat', 'sun'] as const;
export const Weekday = z.enum(WEEKDAYS);
export type Weekday = z.infer<typeof Weekday>;

export const SUPPORT_AREAS = [
  'mental_health',
  'substance_use',
  'parenting',
  'pregnancy_birth',
  'grief',
  'identity',
  'other',
] as const;
export const SupportArea = z.enum(SUPPORT_AREAS);
export type SupportArea = z.infer<typeof SupportArea>;

export const MODALITIES = ['video', 'phone', 'text'] as const;
export const Modality = z.enum(MODALITIES);
export type Modality = z.infer<typeof Modality>;

export const LOCALES = ['en', 'fr'] as const;
export const Locale = z.enum(LOCALES);
export type Locale = z.infer<typeof Locale>;

export const CONTACT_CHANNELS = ['email', 'phone', 'text'] as const;
export const ContactChannel = z.enum(CONTACT_CHANNELS);
export type ContactChannel = z.infer<typeof ContactChannel>;

export const Email = z.email().check(z.maxLength(254));
export const Phone = z
  .string()
  .check(z.regex(/^\+[1-9]\d{6,14}$/, { message: 'Use international format, e.g. +15555550123' }));

/** The canonical spelling of a time zone this runtime's Intl knows (`america/toronto` → `America/Toronto`). */
export function canonicalTimeZone(zone: string): string | undefined {
  try {
    return new Intl.DateTimeFormat('en', { timeZone: zone }).resolvedOptions().timeZone;
  } catch {
    return undefined;
  }
}

/** An IANA time-zone name that this runtime's Intl knows, stored in its canonical spelling. */
export const TimeZone = z.pipe(
  z
    .string()
    .check(
      z.maxLength(64),
      z.refine(isKnownTimeZone, { message: 'Unknown time zone: use an IANA name such as America/Toronto' }),
    ),
  z.transform((zone: string) => canonicalTimeZone(zone) ?? zone),
);

export function isKnownTimeZone(zone: string): boolean {
  try {
    new Intl.DateTimeFormat('en', { timeZone: zone });
    return true;
  } catch {
    return false;
  }
}

/** A BCP 47 primary language subtag such as `en`, `fr` or `oj` (Ojibwe). */
export const LanguageCode = z
  .string()
  .check(z.regex(/^[a-z]{2,3}$/, { message: 'Use a language code such as en or fr' }));

const HOUR_MINUTE = /^(?:[01]\d|2[0-3]):[0-5]\d$/;

/** Minutes since midnight of `HH:MM` (or 1440 for `24:00`). */
export function minutesOfDay(time: string): number {
  const [hours, minutes] = time.split(':').map(Number);
  return (hours ?? 0) * 60 + (minutes ?? 0);
}

/**
 * A weekly window in its owner's time zone. It lies within one day: `end` is after `start` and
 * may be `24:00`; a window across midnight is written as two windows.
 */
export const WeeklyWindow = z
  .object({
    day: Weekday,
    start: z.string().check(z.regex(HOUR_MINUTE, { message: 'Use HH:MM, 24-hour' })),
    end: z
      .string()
      .check(
        z.refine((value) => value === '24:00' || HOUR_MINUTE.test(value), { message: 'Use HH:MM, 24-hour, or 24:00' }),
      ),
  })
  .check(
    z.refine((window) => minutesOfDay(window.end) > minutesOfDay(window.start), {
      message: 'end must be after start',
      path: ['end'],
    }),
  );
export type WeeklyWindow = z.infer<typeof WeeklyWindow>;

export const PEER_PREFERENCE_ATTRIBUTES = ['lived_experience', 'gender', 'language', 'culture'] as const;
export const PeerPreference = z.object({
  attribute: z.enum(PEER_PREFERENCE_ATTRIBUTES),
  value: z.string().check(z.trim(), z.minLength(1), z.maxLength(100)),
  strength: z.enum(['required', 'preferred']),
});
export type PeerPreference = z.infer<typeof PeerPreference>;

export const CLIENT_STATUSES = ['new', 'in_review', 'waitlisted', 'matched', 'active', 'closed'] as const;
export const ClientStatus = z.enum(CLIENT_STATUSES);
export type ClientStatus = z.infer<typeof ClientStatus>;

/** Type-prefixed ULIDs. */
export const ClientId = z.string().check(z.regex(/^cl_[0-9A-HJKMNP-TV-Z]{26}$/, { message: 'Not a client id' }));

// Control characters (Unicode Cc), which no person types into a name; newlines and tabs only in long texts.
const hasControl = (text: string, multiline: boolean) =>
  [...text].some((ch) => /\p{Cc}/u.test(ch) && !(multiline && (ch === '\n' || ch === '\r' || ch === '\t')));
// What renders as nothing: spaces, format characters (zero-width, bidi controls), combining marks alone.
const INVISIBLE = /^[\s\p{Cf}\p{Z}\p{M}\u115F\u1160\u3164\uFFA0]*$/u;

/**
 * Free text a person wrote: NFC-normalised and trimmed; refused when it holds a control character
 * or a lone surrogate, or when nothing in it would show (`required` texts only).
 */
export function personText(options: { max: number; required?: boolean; multiline?: boolean }) {
  return z.pipe(
    z.string().check(
      z.refine((text) => text.isWellFormed(), { message: 'Contains characters that cannot be stored' }),
      z.refine((text) => !hasControl(text, options.multiline ?? false), {
        message: 'Contains control characters',
      }),
    ),
    z
      .pipe(
        z.transform((text: string) => text.normalize('NFC').trim()),
        z.string().check(z.maxLength(options.max)),
      )
      .check(
        z.refine((text) => !options.required || !INVISIBLE.test(text), {
          message: 'Write at least one visible character',
        }),
      ),
  );
}
