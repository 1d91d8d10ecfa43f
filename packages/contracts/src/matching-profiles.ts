import * as z from 'zod/mini';
import { LanguageCode, Modality, minutesOfDay, PeerPreference, SupportArea, WeeklyWindow } from './common.js';

/*
 * What the matching engine knows about people, and the words it explains itself with. The engine
 * (packages/matching-engine) takes these types; the matching service builds them from its records.
 */

export const PEER_STATUSES = ['active', 'on_leave', 'inactive'] as const;
export const PeerStatus = z.enum(PEER_STATUSES);
export type PeerStatus = z.infer<typeof PeerStatus>;

export const EXCLUSION_KINDS = ['client_ended_match', 'declared_conflict'] as const;
export const ExclusionKind = z.enum(EXCLUSION_KINDS);
export type ExclusionKind = z.infer<typeof ExclusionKind>;

/** The soft criteria a score is made of (the engine's weights are keyed by these). */
export const MATCH_CRITERIA = [
  'lived_experience',
  'specialties',
  'preferences',
  'shared_availability',
  'time_zone',
  'first_language',
  'caseload_balance',
] as const;
export const MatchCriterion = z.enum(MATCH_CRITERIA);
export type MatchCriterion = z.infer<typeof MatchCriterion>;

/** Hard constraints, in the order the engine checks them (cheapest first). */
export const INELIGIBILITY_CODES = [
  'not_active',
  'at_capacity',
  'excluded',
  'no_shared_language',
  'no_shared_modality',
  'required_preference',
  'no_shared_availability',
] as const;
export const IneligibilityCode = z.enum(INELIGIBILITY_CODES);
export type IneligibilityCode = z.infer<typeof IneligibilityCode>;

const HOUR_MINUTE = /^(?:[01]\d|2[0-3]):[0-5]\d$/;
const time = (message: string) => z.string().check(z.regex(HOUR_MINUTE, { message }));

/**
 * A dated absence in the peer's own zone: the whole day, or from `start` and/or until `end`
 * (`end` may be `24:00`). `reason` is for the peer and coordinators only; it never leaves matching.
 */
export const TimeOff = z
  .object({
    date: z.iso.date({ message: 'Use a date such as 2026-12-24' }),
    start: z.optional(time('Use HH:MM, 24-hour')),
    end: z.optional(
      z.string().check(z.refine((value) => value === '24:00' || HOUR_MINUTE.test(value), 'Use HH:MM or 24:00')),
    ),
    reason: z.optional(z.string().check(z.trim(), z.maxLength(200))),
  })
  .check(
    z.refine(
      (off) => off.start === undefined || off.end === undefined || minutesOfDay(off.end) > minutesOfDay(off.start),
      { message: 'end must be after start', path: ['end'] },
    ),
  );
export type TimeOff = z.infer<typeof TimeOff>;

/** A specialty such as `birth_planning`, `self_advocacy` or `wellness_planning`. */
export const Specialty = z
  .string()
  .check(z.regex(/^[a-z][a-z0-9_]{1,49}$/, { message: 'Use lower-case words joined by _, e.g. birth_planning' }));

/** A pair that must never be suggested again, with why. */
export const PairExclusion = z.object({ peerId: z.string(), kind: ExclusionKind });
export type PairExclusion = z.infer<typeof PairExclusion>;

export const PeerProfile = z.object({
  id: z.string().check(z.minLength(1)),
  /** IANA zone in which `availability` is written. */
  timeZone: z.string(),
  /** Language codes; the first is the peer's first language. */
  languages: z.array(LanguageCode),
  modalities: z.array(Modality),
  availability: z.array(WeeklyWindow),
  timeOff: z.optional(z.array(TimeOff)),
  /** Support areas the peer has lived experience of. */
  livedExperience: z.array(SupportArea),
  specialties: z.array(z.string()),
  gender: z.optional(z.string()),
  cultures: z.optional(z.array(z.string())),
  /** How many clients the peer can walk alongside at once, and how many they have now. */
  capacity: z.int().check(z.gte(0)),
  caseload: z.int().check(z.gte(0)),
  status: PeerStatus,
});
export type PeerProfile = z.infer<typeof PeerProfile>;

export const ClientProfile = z.object({
  id: z.string().check(z.minLength(1)),
  timeZone: z.string(),
  /** Language codes; the first is the client's first language. */
  languages: z.array(LanguageCode),
  modalities: z.array(Modality),
  availability: z.array(WeeklyWindow),
  supportAreas: z.array(SupportArea),
  /** Specialties the client would value in a peer (same vocabulary as the peer's). */
  wantedSpecialties: z.optional(z.array(z.string())),
  preferences: z.optional(z.array(PeerPreference)),
  urgent: z.boolean(),
  /** ISO-8601 instant since which the client has been waiting. */
  waitingSince: z.iso.datetime({ offset: true }),
  exclusions: z.optional(z.array(PairExclusion)),
});
export type ClientProfile = z.infer<typeof ClientProfile>;
