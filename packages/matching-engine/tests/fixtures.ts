import type { WeeklyWindow } from '@lantern/contracts';
import type { ClientProfile, PeerProfile } from '../src/index.js';

/** A winter Monday and a summer Monday: "the coming weeks" start here in the scenarios. */
export const JANUARY = Date.parse('2027-01-11T12:00:00Z');
export const JULY = Date.parse('2026-07-13T12:00:00Z');

export function evenings(start: string, end: string): WeeklyWindow[] {
  return (['mon', 'tue', 'wed', 'thu', 'fri'] as const).map((day) => ({ day, start, end }));
}

export function aClient(overrides: Partial<ClientProfile> = {}): ClientProfile {
  return {
    id: 'cl_client',
    timeZone: 'America/Toronto',
    languages: ['en'],
    modalities: ['video', 'phone'],
    availability: evenings('18:00', '21:00'),
    supportAreas: ['mental_health'],
    urgent: false,
    waitingSince: '2026-06-01T12:00:00Z',
    ...overrides,
  };
}

export function aPeer(overrides: Partial<PeerProfile> = {}): PeerProfile {
  return {
    id: 'pr_peer',
    timeZone: 'America/Toronto',
    languages: ['en'],
    modalities: ['video'],
    availability: evenings('17:00', '22:00'),
    livedExperience: ['mental_health'],
    specialties: [],
    capacity: 4,
    caseload: 1,
    status: 'active',
    ...overrides,
  };
}
