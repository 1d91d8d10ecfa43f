import type * as z from 'zod/mini';
import type { IntakeRequestInput } from './intake.js';
import type { CreateMatchRequest, EndMatchRequest, PeerAvailabilityRequest, PeerInputBody } from './matching.js';
import type {
  BookSessionsRequest,
  CancelQuery,
  LinkCancelRequest,
  LinkRescheduleRequest,
  ListSessionsQuery,
  OutcomeRequest,
  RescheduleRequest,
  SlotsQuery,
} from './scheduling.js';

/** API.md's example intake: used in the OpenAPI document, tests and scripts. */
export const EXAMPLE_INTAKE: IntakeRequestInput = {
  preferredName: 'Sam',
  pronouns: 'they/them',
  email: 'sam@example.net',
  phone: '+15555550123',
  contactChannels: ['email'],
  timeZone: 'America/Toronto',
  locale: 'en',
  languages: ['en'],
  supportAreas: ['parenting', 'mental_health'],
  goals: 'Feel less alone as a new parent',
  modalities: ['video', 'phone'],
  availability: [{ day: 'tue', start: '18:00', end: '21:00' }],
  peerPreferences: [{ attribute: 'lived_experience', value: 'parenting', strength: 'preferred' }],
  safety: { immediateDanger: false, riskToOthers: false, thoughtsOfSelfHarm: false },
  consents: { nonClinical: true, privacy: true, contact: true },
};

/** API.md's example peer (`POST /peers`, `PUT /peers/{peerId}`). */
export const EXAMPLE_PEER: PeerInputBody = {
  displayName: 'Alex R.',
  email: 'alex@example.org',
  bio: 'Mum of two; I have been where you are.',
  timeZone: 'America/Toronto',
  languages: ['en', 'fr'],
  modalities: ['video', 'phone'],
  livedExperience: ['parenting', 'pregnancy_birth'],
  specialties: ['birth_planning', 'wellness_planning'],
  gender: 'woman',
  capacity: 4,
  status: 'active',
  availability: [{ day: 'tue', start: '17:00', end: '21:00' }],
  timeOff: [],
};

/** `PUT /peers/{peerId}/availability`: weekday evenings, a Saturday morning and a day off. */
export const EXAMPLE_PEER_AVAILABILITY: PeerAvailabilityRequest = {
  availability: [
    { day: 'tue', start: '17:00', end: '21:00' },
    { day: 'thu', start: '18:30', end: '22:00' },
    { day: 'sat', start: '09:00', end: '12:00' },
  ],
  timeOff: [{ date: '2026-12-24' }, { date: '2026-12-31', start: '17:00' }],
};

export const EXAMPLE_CREATE_MATCH: CreateMatchRequest = {
  clientId: 'cl_01JD8X3Q5W6E7R8T9Y0V1W2Z3P',
  peerId: 'pr_01JD8X4A5S6D7F8G9H0J1K2M3N',
};

export const EXAMPLE_END_MATCH: EndMatchRequest = {
  reason: 'The client found the support they needed',
  endedBy: 'client',
};
/** Example bodies of the scheduling routes (OpenAPI document, tests, scripts). */
export const EXAMPLE_BOOK_SESSIONS: z.input<typeof BookSessionsRequest> = {
  matchId: 'ma_01JQ7Z5X2M4N6P8R0T2V4W6Y8A',
  start: '2027-03-09T23:00:00Z',
  durationMinutes: 60,
  modality: 'video',
  repeat: { weekly: true, count: 12 },
};
export const EXAMPLE_RESCHEDULE: z.input<typeof RescheduleRequest> = {
  start: '2027-03-10T23:00:00Z',
  scope: 'this',
};
export const EXAMPLE_CANCEL_QUERY: z.input<typeof CancelQuery> = { scope: 'following' };
export const EXAMPLE_OUTCOME: z.input<typeof OutcomeRequest> = { status: 'completed' };
export const EXAMPLE_SLOTS_QUERY: z.input<typeof SlotsQuery> = { from: '2027-03-08', weeks: 4, duration: 60 };
export const EXAMPLE_LIST_SESSIONS_QUERY: z.input<typeof ListSessionsQuery> = {
  peerId: 'pr_01JQ7Z5X2M4N6P8R0T2V4W6Y8B',
  from: '2027-03-01T00:00:00Z',
  to: '2027-04-01T00:00:00Z',
};
export const EXAMPLE_LINK_RESCHEDULE: z.input<typeof LinkRescheduleRequest> = { start: '2027-03-11T23:00:00Z' };
export const EXAMPLE_LINK_CANCEL: z.input<typeof LinkCancelRequest> = { scope: 'this' };
