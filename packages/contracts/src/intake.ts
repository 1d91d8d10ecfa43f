import * as z from 'zod/mini';
import {
  ClientStatus,
  ContactChannel,
  Email,
  LanguageCode,
  Locale,
  Modality,
  PeerPreference,
  Phone,
  SupportArea,
  TimeZone,
  WeeklyWindow,
} from './common.js';

const mustConsent = (what: string) => z.literal(true, { error: `Consent to ${what} is needed to continue` });

export const SafetyAnswers = z.object({
  immediateDanger: z.boolean(),
  thoughtsOfSelfHarm: z.boolean(),
});
export type SafetyAnswers = z.infer<typeof SafetyAnswers>;

/** `POST /intakes` body (API.md). */
export const IntakeRequest = z.object({
  preferredName: z.string().check(z.trim(), z.minLength(1), z.maxLength(100)),
  pronouns: z.optional(z.string().check(z.trim(), z.maxLength(50))),
  email: Email,
  phone: z.optional(Phone),
  contactChannels: z.array(ContactChannel).check(z.minLength(1), z.maxLength(3)),
  timeZone: TimeZone,
  locale: z._default(Locale, 'en'),
  languages: z.array(LanguageCode).check(z.minLength(1), z.maxLength(10)),
  supportAreas: z.array(SupportArea).check(z.minLength(1), z.maxLength(7)),
  goals: z._default(z.string().check(z.trim(), z.maxLength(2000)), ''),
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
export type IntakeRequest = z.infer<typeof IntakeRequest>;
export type IntakeRequestInput = z.input<typeof IntakeRequest>;

export const CrisisResource = z.object({
  name: z.string(),
  phone: z.optional(z.string()),
  text: z.optional(z.string()),
  url: z.optional(z.string()),
  description: z.optional(z.string()),
});
export type CrisisResource = z.infer<typeof CrisisResource>;

export const IntakeCreated = z.object({
  clientId: z.string(),
  status: ClientStatus,
  urgent: z.boolean(),
  crisisResources: z.optional(z.array(CrisisResource)),
});
export type IntakeCreated = z.infer<typeof IntakeCreated>;

export const URGENT_REASONS = ['immediate_danger', 'thoughts_of_self_harm'] as const;
export const UrgentReason = z.enum(URGENT_REASONS);

/** `GET /clients/{clientId}`: the full record a coordinator (or the client's peer) reads. */
export const ClientRecord = z.extend(z.omit(IntakeRequest, { consents: true }), {
  clientId: z.string(),
  status: ClientStatus,
  urgent: z.boolean(),
  urgentReasons: z.array(UrgentReason),
  consents: z.object({ nonClinical: z.boolean(), privacy: z.boolean(), contact: z.boolean(), recordedAt: z.string() }),
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
