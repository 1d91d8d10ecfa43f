import {
  type Modality,
  type PeerPreference,
  SUPPORT_AREAS,
  type SupportArea,
  WEEKDAYS,
  type WeeklyWindow,
} from '@lantern/contracts';
import type { ClientProfile, PeerProfile } from '../src/index.js';

/** Mulberry32: small, fast, seeded; the same seed gives the same waitlist on every machine. */
export function seededRandom(seed: number): () => number {
  let state = seed >>> 0;
  return () => {
    state = (state + 0x6d2b79f5) >>> 0;
    let t = state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

type Random = () => number;
const pick = <T>(random: Random, values: readonly T[]): T => values[Math.floor(random() * values.length)] as T;
const chance = (random: Random, p: number) => random() < p;

/** Canadian organisation: most people in Eastern time, the rest spread west to east. */
const ZONES = [
  'America/Toronto',
  'America/Toronto',
  'America/Toronto',
  'America/Montreal',
  'America/Vancouver',
  'America/Vancouver',
  'America/Edmonton',
  'America/Winnipeg',
  'America/Regina',
  'America/Halifax',
] as const;
/** Every named support area ('other' carries no lived experience to match on). */
const AREAS: readonly SupportArea[] = SUPPORT_AREAS.filter((area) => area !== 'other');
const SPECIALTIES = ['birth_planning', 'self_advocacy', 'wellness_planning', 'groups', 'housing', 'court_support'];
const DAYS = WEEKDAYS;

function languagesOf(random: Random): string[] {
  const r = random();
  if (r < 0.1) return ['fr'];
  if (r < 0.25) return ['fr', 'en'];
  if (r < 0.3) return ['es', 'en'];
  if (r < 0.33) return ['oj', 'en'];
  return ['en'];
}

function modalitiesOf(random: Random): Modality[] {
  if (chance(random, 0.05)) return ['text'];
  if (chance(random, 0.1)) return ['phone'];
  return chance(random, 0.6) ? ['video', 'phone'] : ['video'];
}

/** Evenings on some weekdays and perhaps a weekend morning, in the person's own zone. */
function availabilityOf(random: Random, extraHours: number): WeeklyWindow[] {
  const windows: WeeklyWindow[] = [];
  for (const day of DAYS.slice(0, 5)) {
    if (!chance(random, 0.55)) continue;
    const start = 17 + Math.floor(random() * 3);
    windows.push({ day, start: `${start}:00`, end: `${Math.min(24, start + 2 + Math.floor(random() * 2))}:00` });
  }
  if (chance(random, 0.5)) windows.push({ day: pick(random, ['sat', 'sun']), start: '10:00', end: '13:00' });
  for (let k = 0; k < extraHours; k++) {
    const start = 9 + Math.floor(random() * 6);
    windows.push({
      day: pick(random, DAYS.slice(0, 5)),
      start: `${String(start).padStart(2, '0')}:00`,
      end: `${start + 2}:00`,
    });
  }
  return windows.length > 0 ? windows : [{ day: 'tue', start: '18:00', end: '20:00' }];
}

function sample<T>(random: Random, values: readonly T[], count: number): T[] {
  const pool = [...values];
  const chosen: T[] = [];
  while (chosen.length < count && pool.length > 0)
    chosen.push(pool.splice(Math.floor(random() * pool.length), 1)[0] as T);
  return chosen;
}

/**
 * Peers. In a `competing` waitlist each peer has a quality q in [0, 1] that widens everything
 * clients score on (more lived experience, specialties, languages, hours), so every client ranks
 * the same peers highly and they compete for them; in a `uniform` one attributes are independent.
 */
export function generatePeers(random: Random, count: number, competing: boolean): PeerProfile[] {
  return Array.from({ length: count }, (_, j) => {
    const q = competing ? random() ** 2 : 0.35;
    const areaCount = competing ? 1 + Math.round(q * 4) : 1 + Math.floor(random() * 3);
    const languages = languagesOf(random);
    if (competing && q > 0.6 && !languages.includes('fr')) languages.push('fr');
    return {
      id: `pr_${String(j).padStart(4, '0')}`,
      timeZone: pick(random, ZONES),
      languages,
      modalities: competing && q > 0.5 ? ['video', 'phone', 'text'] : modalitiesOf(random),
      availability: availabilityOf(random, competing ? Math.round(q * 4) : Math.floor(random() * 3)),
      livedExperience: sample(random, AREAS, areaCount),
      specialties: sample(random, SPECIALTIES, competing ? Math.round(q * 4) : Math.floor(random() * 3)),
      gender: pick(random, ['woman', 'woman', 'man', 'non-binary']),
      capacity: 4,
      caseload: 0,
      status: 'active',
    };
  });
}

export function generateClients(random: Random, count: number): ClientProfile[] {
  const start = Date.parse('2026-03-01T00:00:00Z');
  return Array.from({ length: count }, (_, i) => {
    const preferences: PeerPreference[] = [];
    if (chance(random, 0.1)) preferences.push({ attribute: 'gender', value: 'woman', strength: 'required' });
    if (chance(random, 0.3)) preferences.push({ attribute: 'gender', value: 'woman', strength: 'preferred' });
    if (chance(random, 0.2))
      preferences.push({ attribute: 'lived_experience', value: pick(random, AREAS), strength: 'preferred' });
    return {
      id: `cl_${String(i).padStart(5, '0')}`,
      timeZone: pick(random, ZONES),
      languages: languagesOf(random),
      modalities: modalitiesOf(random),
      availability: availabilityOf(random, Math.floor(random() * 2)),
      supportAreas: sample(random, AREAS, 1 + Math.floor(random() * 2)),
      wantedSpecialties: sample(random, SPECIALTIES, Math.floor(random() * 3)),
      preferences,
      urgent: chance(random, 0.08),
      waitingSince: new Date(start + Math.floor(random() * 200) * 86_400_000).toISOString(),
    };
  });
}
