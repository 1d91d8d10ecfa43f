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
import { EndedBy } from '../matching.js';
import { PeerStatus } from '../matching-profiles.js';
import { Instant } from '../scheduling.js';
import { defineEvent } from './envelope.js';

/** Event sources: one per service. The relay may publish only its own service's source. */
export const SOURCES = {
  intake: 'lantern.intake',
  matching: 'lantern.matching',
  scheduling: 'lantern.scheduling',
  notifications: 'lantern.notifications',
  support: 'lantern.support',
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
  description:
    'A client record changed (status, contact details or the urgent flag); the detail carries only the changed fields.',
  data: z.object({
    clientId: z.string(),
    changes: z.object({
      status: z.optional(z.string()),
      email: z.optional(z.string()),
      phone: z.optional(z.string()),
      contactChannels: z.optional(z.array(ContactChannel)),
      /** A coordinator cleared the urgent flag (never why). */
      urgent: z.optional(z.boolean()),
    }),
    updatedAt: z.string(),
  }),
});

/** Time off as other services see it: when, never why. */
const TimeOffWindow = z.object({ date: z.string(), start: z.optional(z.string()), end: z.optional(z.string()) });

/**
 * A peer was created or changed: what scheduling needs to offer times and keep its projection.
 * Never the peer's lived experience (it says something about their health) nor time-off reasons;
 * not the caseload either, which changes with every match (MatchConfirmed and MatchEnded say that).
 */
export const PeerUpdated = defineEvent({
  source: SOURCES.matching,
  detailType: 'PeerUpdated',
  version: 1,
  description: 'A peer record was created or changed; carries the whole schedulable profile, newest version wins.',
  data: z.object({
    peerId: z.string(),
    firstName: z.string(),
    email: z.string(),
    timeZone: z.string(),
    availability: z.array(WeeklyWindow),
    timeOff: z.array(TimeOffWindow),
    status: PeerStatus,
    capacity: z.int(),
    languages: z.array(LanguageCode),
    modalities: z.array(Modality),
    version: z.int(),
    updatedAt: z.string(),
  }),
});

/**
 * A coordinator confirmed a match: what scheduling (both people's zones and availability) and
 * notifications (first names, locale, the channels the client consented to) need. Never support
 * areas, lived experience, urgency or anything from the safety screen.
 */
export const MatchConfirmed = defineEvent({
  source: SOURCES.matching,
  detailType: 'MatchConfirmed',
  version: 1,
  description: 'A client and a peer were matched; carries what scheduling and messages need, nothing clinical.',
  data: z.object({
    matchId: z.string(),
    clientId: z.string(),
    peerId: z.string(),
    confirmedAt: z.string(),
    /** Ways to meet both people share. */
    modalities: z.array(Modality),
    client: z.object({
      firstName: z.string(),
      timeZone: z.string(),
      locale: Locale,
      availability: z.array(WeeklyWindow),
      contactChannels: z.array(ContactChannel),
      email: z.optional(z.string()),
      phone: z.optional(z.string()),
    }),
    peer: z.object({
      firstName: z.string(),
      email: z.string(),
      bio: z.string(),
      timeZone: z.string(),
      availability: z.array(WeeklyWindow),
      timeOff: z.array(TimeOffWindow),
    }),
  }),
});

/** A match ended; the peer's place is free again. The reason stays in the matching service. */
export const MatchEnded = defineEvent({
  source: SOURCES.matching,
  detailType: 'MatchEnded',
  version: 1,
  description: 'A match ended (by the client, the peer or a coordinator); the reason is not carried.',
  data: z.object({
    matchId: z.string(),
    clientId: z.string(),
    peerId: z.string(),
    endedBy: EndedBy,
    at: z.string(),
  }),
});

/**
 * What notifications needs of the two people to send a session message: first names, contact,
 * the channels the client consented to, locale and zone. Never a support area, a note or a surname.
 */
const SessionClient = z.object({
  clientId: z.string(),
  firstName: z.string(),
  email: z.optional(z.string()),
  phone: z.optional(z.string()),
  contactChannels: z.array(ContactChannel),
  locale: Locale,
  timeZone: z.string(),
});
const SessionPeer = z.object({
  peerId: z.string(),
  firstName: z.string(),
  email: z.string(),
  locale: z.optional(Locale),
  timeZone: z.string(),
});

/** One occurrence as a message shows it; `linkToken` is the client's signed `/links/{token}`. */
const SessionOccurrence = z.object({
  sessionId: z.string(),
  sequence: z.int(),
  start: Instant,
  end: Instant,
  linkToken: z.string(),
});

const sessionContext = {
  matchId: z.string(),
  seriesId: z.optional(z.string()),
  modality: Modality,
  /** The peer's zone: a series keeps its wall-clock time there. */
  timeZone: z.string(),
  client: SessionClient,
  peer: SessionPeer,
};

export const CHANGED_BY = ['staff', 'client'] as const;

/** One booking: a single session or every occurrence of a new weekly series (one message, one invite). */
export const SessionScheduled = defineEvent({
  source: SOURCES.scheduling,
  detailType: 'SessionScheduled',
  version: 1,
  description: 'A session or a weekly series was booked; carries every occurrence booked.',
  data: z.object({ ...sessionContext, sessions: z.array(SessionOccurrence), scheduledAt: Instant }),
});

/** Occurrences moved (one, or it and the rest of its series); each keeps its sessionId, sequence raised. */
export const SessionRescheduled = defineEvent({
  source: SOURCES.scheduling,
  detailType: 'SessionRescheduled',
  version: 1,
  description: 'One occurrence, or it and the rest of its series, moved; each keeps its id and its sequence rises.',
  data: z.object({
    ...sessionContext,
    sessions: z.array(z.extend(SessionOccurrence, { previousStart: Instant, previousEnd: Instant })),
    changedBy: z.enum(CHANGED_BY),
    rescheduledAt: Instant,
  }),
});

export const SessionCancelled = defineEvent({
  source: SOURCES.scheduling,
  detailType: 'SessionCancelled',
  version: 1,
  description: 'One occurrence, or it and the rest of its series, was cancelled.',
  data: z.object({
    ...sessionContext,
    sessions: z.array(z.omit(SessionOccurrence, { linkToken: true })),
    changedBy: z.enum(CHANGED_BY),
    cancelledAt: Instant,
  }),
});

export const REMINDER_KINDS = ['24h', '1h'] as const;

/** Published by an EventBridge Scheduler one-time schedule, 24 hours or 1 hour before a session. */
export const SessionReminderDue = defineEvent({
  source: SOURCES.scheduling,
  detailType: 'SessionReminderDue',
  version: 1,
  description: 'A session starts in 24 hours or in 1 hour.',
  data: z.object({ ...sessionContext, which: z.enum(REMINDER_KINDS), session: SessionOccurrence }),
});

/**
 * A peer raised a concern about a client: coordinators are alerted discreetly. Ids only: what the
 * concern says stays in the support service.
 */
export const ConcernRaised = defineEvent({
  source: SOURCES.support,
  detailType: 'ConcernRaised',
  version: 1,
  description: 'A peer raised a concern about a client for the coordinators; ids only, never the text.',
  data: z.object({ concernId: z.string(), clientId: z.string(), raisedAt: Instant }),
});

/** Progress was recorded on a goal (for reporting): ids and counts, never the client's words. */
export const GoalProgressed = defineEvent({
  source: SOURCES.support,
  detailType: 'GoalProgressed',
  version: 1,
  description: 'Progress was recorded on a goal; carries ids and counts only, no text.',
  data: z.object({
    goalId: z.string(),
    clientId: z.string(),
    sessionIds: z.array(z.string()),
    entriesAdded: z.int().check(z.gte(1)),
    stepsDone: z.int().check(z.gte(0)),
    stepsTotal: z.int().check(z.gte(0)),
    at: Instant,
  }),
});

/**
 * A coordinator applied a run too large to apply within one request: matching goes on with it in
 * the background (its own consumer). Ids only; the run itself stays in the matching service.
 */
export const MatchingRunApplyRequested = defineEvent({
  source: SOURCES.matching,
  detailType: 'MatchingRunApplyRequested',
  version: 1,
  description: 'A batch run is being applied in the background; carries the run id and who applied it.',
  data: z.object({ runId: z.string(), requestedBy: z.string() }),
});

/** Every event Lantern publishes, for docs, the OpenAPI/AsyncAPI output and drift tests. */
export const EVENT_CATALOG = [
  IntakeSubmitted,
  ClientUpdated,
  PeerUpdated,
  MatchConfirmed,
  MatchEnded,
  MatchingRunApplyRequested,
  SessionScheduled,
  SessionRescheduled,
  SessionCancelled,
  SessionReminderDue,
  ConcernRaised,
  GoalProgressed,
] as const;
