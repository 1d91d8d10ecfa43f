import * as z from 'zod/mini';
import {
  ClientId,
  ClientStatus,
  ContactChannel,
  Email,
  LanguageCode,
  Locale,
  Modality,
  PeerPreference,
  Phone,
  personText,
  SupportArea,
  TimeZone,
  WeeklyWindow,
} from './common.js';
import { needsPhone } from './rules/contact.js';

const mustConsent = (what: string) => z.literal(true, { error: `Consent to ${what} is needed to continue` });

/**
 * One question each. `riskToOthers` was split out of `immediateDanger` later: bodies sent before
 * that still validate, and mean "no".
 */
export const SafetyAnswers = z.object({
  immediateDanger: z.boolean(),
  riskToOthers: z._default(z.boolean(), false),
  thoughtsOfSelfHarm: z.boolean(),
});
export type SafetyAnswers = z.infer<typeof SafetyAnswers>;

/** The fields of an intake, as asked. */
const IntakeFields = z.object({
  preferredName: personText({ max: 100, required: true }),
  pronouns: z.optional(personText({ max: 50 })),
  email: Email,
  phone: z.optional(Phone),
  contactChannels: z.array(ContactChannel).check(z.minLength(1), z.maxLength(3)),
  timeZone: TimeZone,
  locale: z._default(Locale, 'en'),
  languages: z.array(LanguageCode).check(z.minLength(1), z.maxLength(10)),
  supportAreas: z.array(SupportArea).check(z.minLength(1), z.maxLength(7)),
  goals: z._default(personText({ max: 2000, multiline: true }), ''),
  modalities: z.array(Modality).check(z.minLength(1), z.maxLength(3)),
  availability: z.array(WeeklyWindow).check(z.maxLength(50)),
  peerPreferences: z._default(z.array(PeerPreference).check(z.maxLength(20)), []),
  safety: SafetyAnswers,
  consents: z.object({
    nonClinical: mustConsent('non-clinical peer support'),
    privacy: mustConsent('the privacy notice'),
    contact: mustConsent('being contacted'),
  }),
});

/** `POST /intakes` body (API.md). */
export const IntakeRequest = IntakeFields.check(
  z.refine((intake) => !needsPhone(intake.contactChannels) || intake.phone !== undefined, {
    message: 'A phone number is needed for calls or texts',
    path: ['phone'],
  }),
);
export type IntakeRequest = z.infer<typeof IntakeRequest>;
export type IntakeRequestInput = z.input<typeof IntakeRequest>;

/** A number a phone can dial or text: digits, with an optional leading + and separators. */
const DialNumber = z
  .string()
  .check(z.regex(/^\+?\d[\d\s().-]{0,19}$/, { message: 'Use digits, e.g. 988 or +18005550123' }));

export const CrisisResource = z.object({
  name: z.string().check(z.minLength(1), z.maxLength(120)),
  phone: z.optional(DialNumber),
  text: z.optional(DialNumber),
  url: z.optional(z.url({ protocol: /^https?$/ })),
  description: z.optional(z.string().check(z.maxLength(300))),
});
export type CrisisResource = z.infer<typeof CrisisResource>;

/**
 * The organisation's crisis resources, in each language the public pages speak (`{en, fr}`):
 * the one configuration that the form, the API's answer and the done page all show.
 */
export const CrisisResourcesByLocale = z.record(Locale, z.array(CrisisResource).check(z.minLength(1)));
export type CrisisResourcesByLocale = z.infer<typeof CrisisResourcesByLocale>;

/** Used until an organisation configures its own: 988 and 911 (Canada and the US). */
export const DEFAULT_CRISIS_RESOURCES: CrisisResourcesByLocale = {
  en: [
    {
      name: '988 Suicide Crisis Helpline',
      phone: '988',
      text: '988',
      description: 'Call or text 988, any time, free (Canada and US).',
    },
    {
      name: 'Emergency services',
      phone: '911',
      description: 'If you are in immediate danger, call 911 or go to the nearest emergency department.',
    },
  ],
  fr: [
    {
      name: 'Ligne d’aide en cas de crise suicidaire 988',
      phone: '988',
      text: '988',
      description: 'Appelez ou textez le 988, à toute heure, gratuitement (Canada et États-Unis).',
    },
    {
      name: 'Services d’urgence',
      phone: '911',
      description: 'Si vous êtes en danger immédiat, appelez le 911 ou allez à l’urgence la plus proche.',
    },
  ],
};

export const IntakeCreated = z.object({
  clientId: z.string(),
  status: ClientStatus,
  urgent: z.boolean(),
  crisisResources: z.optional(z.array(CrisisResource)),
});
export type IntakeCreated = z.infer<typeof IntakeCreated>;

export const URGENT_REASONS = ['immediate_danger', 'risk_to_others', 'thoughts_of_self_harm'] as const;
export const UrgentReason = z.enum(URGENT_REASONS);

/** `GET /clients/{clientId}`: the full record a coordinator (or the client's peer) reads. */
export const ClientRecord = z.extend(z.omit(IntakeFields, { consents: true }), {
  clientId: z.string(),
  status: ClientStatus,
  urgent: z.boolean(),
  urgentReasons: z.array(UrgentReason),
  consents: z.object({ nonClinical: z.boolean(), privacy: z.boolean(), contact: z.boolean(), recordedAt: z.string() }),
  /** Bumped by every change; sent back as `If-Match` (the ETag). */
  version: z.int(),
  createdAt: z.string(),
  updatedAt: z.string(),
  statusHistory: z.array(
    z.object({ status: ClientStatus, at: z.string(), by: z.string(), reason: z.optional(z.string()) }),
  ),
});
export type ClientRecord = z.infer<typeof ClientRecord>;

/** One row of the coordinator's queue: enough to triage, no more. */
export const ClientSummary = z.pick(ClientRecord, {
  clientId: true,
  preferredName: true,
  pronouns: true,
  status: true,
  urgent: true,
  urgentReasons: true,
  supportAreas: true,
  languages: true,
  timeZone: true,
  createdAt: true,
});
export type ClientSummary = z.infer<typeof ClientSummary>;

export const ListClientsQuery = z.object({
  status: z.optional(ClientStatus),
  urgent: z.optional(
    z.pipe(
      z.enum(['true', 'false']),
      z.transform((value) => value === 'true'),
    ),
  ),
  cursor: z.optional(z.string().check(z.maxLength(2048))),
  // A whole number of items per page (multipleOf 1 keeps it in the JSON Schema too).
  limit: z._default(z.coerce.number().check(z.gte(1), z.lte(100), z.multipleOf(1)), 25),
});
export type ListClientsQuery = z.infer<typeof ListClientsQuery>;

export const ClientList = z.object({ items: z.array(ClientSummary), nextCursor: z.nullable(z.string()) });
export type ClientList = z.infer<typeof ClientList>;

/** `PATCH /clients/{clientId}`: a status change needs a reason; contact details may change. */
export const PatchClientRequest = z
  .object({
    status: z.optional(ClientStatus),
    reason: z.optional(z.string().check(z.trim(), z.minLength(1), z.maxLength(500))),
    email: z.optional(Email),
    phone: z.optional(Phone),
    contactChannels: z.optional(z.array(ContactChannel).check(z.minLength(1), z.maxLength(3))),
  })
  .check(
    z.refine((body) => body.status === undefined || body.reason !== undefined, {
      message: 'A status change needs a reason',
      path: ['reason'],
    }),
    z.refine((body) => Object.keys(body).some((key) => key !== 'reason'), { message: 'Nothing to change' }),
  );
export type PatchClientRequest = z.infer<typeof PatchClientRequest>;

/** `/clients/{clientId}` path parameters. */
export const ClientIdParams = z.object({ clientId: ClientId });
