import * as z from 'zod/mini';
import {
  ContactChannel,
  LanguageCode,
  Locale,
  Modality,
  PeerPreference,
  SupportArea,
  WeeklyWindow,
} from '../common.js';
import { defineEvent } from './envelope.js';

/** Event sources: one per service. The relay may publish only its own service's source. */
export const SOURCES = {
  intake: 'lantern.intake',
  matching: 'lantern.matching',
  scheduling: 'lantern.scheduling',
  notifications: 'lantern.notifications',
} as const;

/**
 * A client submitted an intake. Carries what other services keep as their own projection
 * (matching needs the profile, notifications the contact and locale). Safety answers never
 * leave the intake service; only the `urgent` flag does.
 */
export const IntakeSubmitted = defineEvent({
  source: SOURCES.intake,
  detailType: 'IntakeSubmitted',
  version: 1,
  description: 'A client submitted an intake; the client record now exists with status new.',
  data: z.object({
    clientId: z.string(),
    preferredName: z.string(),
    pronouns: z.optional(z.string()),
    email: z.string(),
    phone: z.optional(z.string()),
    contactChannels: z.array(ContactChannel),
    locale: Locale,
    timeZone: z.string(),
    languages: z.array(LanguageCode),
    supportAreas: z.array(SupportArea),
    modalities: z.array(Modality),
    availability: z.array(WeeklyWindow),
    peerPreferences: z.array(PeerPreference),
    urgent: z.boolean(),
    submittedAt: z.string(),
  }),
});

/** A coordinator changed a client's status or contact details; carries only what changed. */
export const ClientUpdated = defineEvent({
  source: SOURCES.intake,
  detailType: 'ClientUpdated',
  version: 1,
  description: 'A client record changed (status or contact details); the detail carries only the changed fields.',
  data: z.object({
    clientId: z.string(),
    changes: z.object({
      status: z.optional(z.string()),
      email: z.optional(z.string()),
      phone: z.optional(z.string()),
      contactChannels: z.optional(z.array(ContactChannel)),
    }),
    updatedAt: z.string(),
  }),
});

/** Every event Lantern publishes, for docs, the OpenAPI/AsyncAPI output and drift tests. */
export const EVENT_CATALOG = [IntakeSubmitted, ClientUpdated] as const;
