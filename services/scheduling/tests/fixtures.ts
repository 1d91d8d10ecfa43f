import type { Session } from '@lantern/contracts';
import type { OfficeHours } from '@lantern/scheduling-engine';
import type { MatchConfirmedData, SchedulingPair } from '../src/domain/index.js';

let counter = 0;
/** Distinct, valid-looking ids for tests (a ULID's alphabet, 26 characters). */
export const nextId = (prefix: string) => () => `${prefix}_${String(++counter).padStart(26, '0')}`;

export const MATCH_CONFIRMED: MatchConfirmedData = {
  matchId: 'ma_01JQ7Z5X2M4N6P8R0T2V4W6Y8A',
  clientId: 'cl_01JQ7Z5X2M4N6P8R0T2V4W6Y8D',
  peerId: 'pr_01JQ7Z5X2M4N6P8R0T2V4W6Y8B',
  confirmedAt: '2027-02-01T15:00:00Z',
  modalities: ['video', 'phone'],
  client: {
    firstName: 'Sam Taylor',
    timeZone: 'Europe/London',
    locale: 'en',
    availability: [
      { day: 'tue', start: '17:00', end: '24:00' },
      { day: 'wed', start: '17:00', end: '24:00' },
    ],
    contactChannels: ['email'],
    email: 'sam@example.net',
  },
  peer: {
    firstName: 'Alex',
    email: 'alex@example.org',
    timeZone: 'America/Toronto',
    availability: [
      { day: 'tue', start: '12:00', end: '21:00' },
      { day: 'wed', start: '12:00', end: '21:00' },
    ],
    timeOff: [],
  },
};

/** A Toronto peer and a London client, as scheduling sees them. */
export const TORONTO_LONDON: SchedulingPair = {
  matchId: MATCH_CONFIRMED.matchId,
  peerId: MATCH_CONFIRMED.peerId,
  clientId: MATCH_CONFIRMED.clientId,
  modalities: MATCH_CONFIRMED.modalities,
  client: MATCH_CONFIRMED.client,
  peer: MATCH_CONFIRMED.peer,
};

/** The organisation works 09:00-17:00 Toronto time on weekdays. */
export const OFFICE_HOURS: OfficeHours = {
  timeZone: 'America/Toronto',
  windows: (['mon', 'tue', 'wed', 'thu', 'fri'] as const).map((day) => ({ day, start: '09:00', end: '17:00' })),
};

export function session(overrides: Partial<Session> = {}): Session {
  return {
    sessionId: nextId('se')(),
    matchId: TORONTO_LONDON.matchId,
    peerId: TORONTO_LONDON.peerId,
    clientId: TORONTO_LONDON.clientId,
    start: '2027-03-09T23:00:00Z',
    end: '2027-03-10T00:00:00Z',
    timeZone: 'America/Toronto',
    modality: 'video',
    status: 'scheduled',
    sequence: 0,
    outsideOfficeHours: true,
    version: 1,
    createdAt: '2027-02-01T15:00:00Z',
    updatedAt: '2027-02-01T15:00:00Z',
    ...overrides,
  };
}
