import { MODALITIES, SUPPORT_AREAS } from '@lantern/contracts';
import fc from 'fast-check';
import type { ClientProfile, PeerProfile } from '../src/index.js';

/** Small random worlds of clients and peers for property tests. */
const zone = fc.constantFrom('America/Toronto', 'America/Vancouver', 'America/Regina', 'Europe/Paris');
const languages = fc.uniqueArray(fc.constantFrom('en', 'fr', 'es', 'oj'), { minLength: 1, maxLength: 2 });
const modalities = fc.uniqueArray(fc.constantFrom(...MODALITIES), { minLength: 1, maxLength: 3 });
const areas = fc.uniqueArray(fc.constantFrom(...SUPPORT_AREAS), { minLength: 1, maxLength: 3 });
const specialties = fc.uniqueArray(fc.constantFrom('birth_planning', 'self_advocacy', 'groups'), { maxLength: 2 });
const window = fc
  .record({
    day: fc.constantFrom('mon', 'tue', 'wed', 'sat'),
    startHour: fc.integer({ min: 8, max: 20 }),
    hours: fc.integer({ min: 1, max: 4 }),
  })
  .map(({ day, startHour, hours }) => ({
    day,
    start: `${String(startHour).padStart(2, '0')}:00`,
    end: `${String(startHour + hours).padStart(2, '0')}:00`,
  }));
const availability = fc.array(window, { minLength: 1, maxLength: 3 });

export const arbitraryPeer = (id: string) =>
  fc.record({
    id: fc.constant(id),
    timeZone: zone,
    languages,
    modalities,
    availability,
    livedExperience: areas,
    specialties,
    gender: fc.constantFrom('woman', 'man', 'non-binary'),
    capacity: fc.integer({ min: 0, max: 3 }),
    caseload: fc.integer({ min: 0, max: 2 }),
    status: fc.constantFrom('active', 'active', 'active', 'on_leave'),
  }) as fc.Arbitrary<PeerProfile>;

export const arbitraryClient = (id: string) =>
  fc.record({
    id: fc.constant(id),
    timeZone: zone,
    languages,
    modalities,
    availability,
    supportAreas: areas,
    wantedSpecialties: specialties,
    preferences: fc.array(
      fc.record({
        attribute: fc.constantFrom('gender', 'language', 'lived_experience'),
        value: fc.constantFrom('woman', 'fr', 'en', 'parenting', 'grief'),
        strength: fc.constantFrom('required', 'preferred', 'preferred'),
      }),
      { maxLength: 2 },
    ),
    urgent: fc.boolean(),
    waitingSince: fc.constantFrom('2026-05-01T00:00:00Z', '2026-06-01T00:00:00Z', '2026-07-01T00:00:00Z'),
  }) as fc.Arbitrary<ClientProfile>;

export const arbitraryWorld = (maxClients: number, maxPeers: number) =>
  fc
    .record({ clients: fc.integer({ min: 1, max: maxClients }), peers: fc.integer({ min: 1, max: maxPeers }) })
    .chain(({ clients, peers }) =>
      fc.record({
        clients: fc.tuple(...Array.from({ length: clients }, (_, i) => arbitraryClient(`cl_${i}`))),
        peers: fc.tuple(...Array.from({ length: peers }, (_, j) => arbitraryPeer(`pr_${j}`))),
      }),
    );
