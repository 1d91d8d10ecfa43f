import * as z from 'zod';
import {
  ClientStatus,
  ContactChannel,
  LanguageCode,
  Locale,
  Modality,
  PeerPreference,
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
  preferredName: z.string().trim().min(1).max(100),
  pronouns: z.string().trim().max(50).optional(),
  email: z.email().max(254),
  phone: z
    .string()
    .regex(/^\+[1-9]\d{6,14}$/, { message: 'Use international format, e.g. +15555550123' })
    .optional(),
  contactChannels: z.array(ContactChannel).min(1).max(3),
  timeZone: TimeZone,
  locale: Locale.default('en'),
  languages: z.array(LanguageCode).min(1).max(10),
  supportAreas: z.array(SupportArea).min(1).max(7),
  goals: z.string().trim().max(2000).default(''),
  modalities: z.array(Modality).min(1).max(3),
  availability: z.array(WeeklyWindow).max(50),
  peerPreferences: z.array(PeerPreference).max(20).default([]),
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
  phone: z.string().optional(),
  text: z.string().optional(),
  url: z.string().optional(),
  description: z.string().optional(),
});
export type CrisisResource = z.infer<typeof CrisisResource>;

export const IntakeCreated = z.object({
  clientId: z.string(),
  status: ClientStatus,
  urgent: z.boolean(),
  crisisResources: z.array(CrisisResource).optional(),
});
export type IntakeCreated = z.infer<typeof IntakeCreated>;

export const URGENT_REASONS = ['immediate_danger', 'thoughts_of_self_harm'] as const;
export const UrgentReason = z.enum(URGENT_REASONS);

/** `GET /clients/{clientId}`: the full record a coordinator (or the client's peer) reads. */
export const ClientRecord = IntakeRequest.omit({ consents: true }).extend({
  clientId: z.string(),
  status: ClientStatus,
  urgent: z.boolean(),
  urgentReasons: z.array(UrgentReason),
  consents: z.object({ nonClinical: z.boolean(), privacy: z.boolean(), contact: z.boolean(), recordedAt: z.string() }),
  createdAt: z.string(),
  updatedAt: z.string(),
  statusHistory: z.array(
    z.object({ status: ClientStatus, at: z.string(), by: z.string(), reason: z.string().optional() }),
  ),
});
export type ClientRecord = z.infer<typeof ClientRecord>;

/** One row of the coordinator's queue: enough to triage, no more. */
export const ClientSummary = ClientRecord.pick({
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
  status: ClientStatus.optional(),
  urgent: z
    .enum(['true', 'false'])
    .transform((value) => value === 'true')
    .optional(),
  cursor: z.string().max(2048).optional(),
  limit: z.coerce.number().int().min(1).max(100).default(25),
});
export type ListClientsQuery = z.infer<typeof ListClientsQuery>;

export const ClientList = z.object({ items: z.array(ClientSummary), nextCursor: z.string().nullable() });
export type ClientList = z.infer<typeof ClientList>;

/** `PATCH /clients/{clientId}`: a status change needs a reason; contact details may change. */
export const PatchClientRequest = z
  .object({
    status: ClientStatus.optional(),
    reason: z.string().trim().min(1).max(500).optional(),
    email: z.email().max(254).optional(),
    phone: z
      .string()
      .regex(/^\+[1-9]\d{6,14}$/, { message: 'Use international format, e.g. +15555550123' })
      .optional(),
    contactChannels: z.array(ContactChannel).min(1).max(3).optional(),
  })
  .refine((body) => body.status === undefined || body.reason !== undefined, {
    message: 'A status change needs a reason',
    path: ['reason'],
  })
  .refine((body) => Object.keys(body).some((key) => key !== 'reason'), { message: 'Nothing to change' });
export type PatchClientRequest = z.infer<typeof PatchClientRequest>;
