import {
  type EventData,
  EXAMPLE_PEER,
  type IntakeSubmitted,
  type Match,
  MODALITIES,
  type Peer,
  PeerInput,
  SUPPORT_AREAS,
  type WeeklyWindow,
} from '@lantern/contracts';
import fc from 'fast-check';
import { confirmedMatch } from '../src/domain/matches.js';
import { createPeer } from '../src/domain/peers.js';
import { foldIntakeSubmitted, type WaitingClient } from '../src/domain/waiting-clients.js';

/** A Monday in January: "the coming weeks" start here. */
export const NOW = new Date('2027-01-11T12:00:00.000Z');

const CROCKFORD = '0123456789ABCDEFGHJKMNPQRSTVWXYZ';
/** A valid type-prefixed ULID made from a small number, so tests can name people by number. */
export function idOf(prefix: 'cl' | 'pr' | 'ma' | 'run', n: number): string {
  let tail = '';
  for (let rest = n; tail.length < 26; rest = Math.floor(rest / 32)) tail = CROCKFORD[rest % 32] + tail;
  return `${prefix}_${tail}`;
}

export function evenings(start: string, end: string): WeeklyWindow[] {
  return (['mon', 'tue', 'wed', 'thu', 'fri'] as const).map((day) => ({ day, start, end }));
}

export function aPeer(n: number, overrides: Partial<Peer> = {}): Peer {
  const input = PeerInput.parse({ ...EXAMPLE_PEER, email: `peer${n}@example.org`, displayName: `Peer${n} R.` });
  return { ...createPeer(input, idOf('pr', n), NOW), availability: evenings('17:00', '22:00'), ...overrides };
}

export function intakeOf(n: number, overrides: Partial<EventData<typeof IntakeSubmitted>> = {}) {
  return {
    clientId: idOf('cl', n),
    preferredName: `Sam${n} Lee`,
    email: `client${n}@example.net`,
    phone: '+15555550123',
    contactChannels: ['email' as const],
    locale: 'en' as const,
    timeZone: 'America/Toronto',
    languages: ['en'],
    supportAreas: ['parenting' as const],
    modalities: ['video' as const],
    availability: evenings('18:00', '21:00'),
    peerPreferences: [],
    urgent: false,
    submittedAt: '2026-12-01T12:00:00.000Z',
    ...overrides,
  };
}

export function aClient(n: number, overrides: Partial<EventData<typeof IntakeSubmitted>> = {}): WaitingClient {
  const change = foldIntakeSubmitted(undefined, intakeOf(n, overrides), { eventId: `ev_intake_${n}` });
  if (!change.changed) throw new Error('a first intake always changes the projection');
  return change.client;
}

export function aMatch(client: number, peer: number, overrides: Partial<Match> = {}): Match {
  return {
    ...confirmedMatch({
      matchId: idOf('ma', client * 1000 + peer),
      clientId: idOf('cl', client),
      peerId: idOf('pr', peer),
      score: 0,
      reasons: [],
      confirmedBy: 'coordinator-sub',
      now: NOW,
    }),
    ...overrides,
  };
}

/** Small random rosters and waitlists for properties. */
const window = fc
  .record({
    day: fc.constantFrom('mon', 'tue', 'sat'),
    startHour: fc.integer({ min: 9, max: 19 }),
    hours: fc.integer({ min: 1, max: 4 }),
  })
  .map(({ day, startHour, hours }) => ({
    day,
    start: `${String(startHour).padStart(2, '0')}:00`,
    end: `${String(startHour + hours).padStart(2, '0')}:00`,
  }));
const languages = fc.uniqueArray(fc.constantFrom('en', 'fr', 'es'), { minLength: 1, maxLength: 2 });
const modalities = fc.uniqueArray(fc.constantFrom(...MODALITIES), { minLength: 1, maxLength: 3 });
const areas = fc.uniqueArray(fc.constantFrom(...SUPPORT_AREAS), { minLength: 1, maxLength: 3 });
const zone = fc.constantFrom('America/Toronto', 'America/Vancouver', 'America/Regina');

export const arbitraryPeer = (n: number) =>
  fc
    .record({
      timeZone: zone,
      languages,
      modalities,
      livedExperience: areas,
      availability: fc.array(window, { minLength: 1, maxLength: 3 }),
      capacity: fc.integer({ min: 0, max: 3 }),
      caseload: fc.integer({ min: 0, max: 3 }),
      status: fc.constantFrom('active', 'active', 'active', 'on_leave'),
    })
    .map((fields) => aPeer(n, fields as Partial<Peer>));

export const arbitraryClient = (n: number) =>
  fc
    .record({
      timeZone: zone,
      languages,
      modalities,
      supportAreas: areas,
      availability: fc.array(window, { minLength: 1, maxLength: 3 }),
      urgent: fc.boolean(),
      peerPreferences: fc.array(
        fc.record({
          attribute: fc.constantFrom('language', 'lived_experience'),
          value: fc.constantFrom('fr', 'en', 'parenting'),
          strength: fc.constantFrom('required', 'preferred'),
        }),
        { maxLength: 1 },
      ),
      submittedAt: fc.constantFrom('2026-10-01T00:00:00.000Z', '2026-11-01T00:00:00.000Z'),
    })
    .map((fields) => aClient(n, fields as Partial<EventData<typeof IntakeSubmitted>>));

export const arbitraryWorld = (maxClients: number, maxPeers: number) =>
  fc
    .record({ clients: fc.integer({ min: 1, max: maxClients }), peers: fc.integer({ min: 1, max: maxPeers }) })
    .chain(({ clients, peers }) =>
      fc.record({
        clients: fc.tuple(...Array.from({ length: clients }, (_, i) => arbitraryClient(i + 1))),
        peers: fc.tuple(...Array.from({ length: peers }, (_, j) => arbitraryPeer(j + 1))),
      }),
    );
