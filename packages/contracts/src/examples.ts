import type { IntakeRequestInput } from './intake.js';
import type { CreateMatchRequest, EndMatchRequest, PeerAvailabilityRequest, PeerInputBody } from './matching.js';

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
