import type { IntakeRequestInput } from './intake.js';

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
