import type { PeerInputBody, WeeklyWindow } from '@lantern/contracts';
import type { SEEDED_PEER_USERNAMES } from './issuer/users.js';

type Day = WeeklyWindow['day'];
const on = (days: readonly Day[], start: string, end: string): WeeklyWindow[] =>
  days.map((day) => ({ day, start, end }));
const WEEKDAYS: readonly Day[] = ['mon', 'tue', 'wed', 'thu', 'fri'];

type SeededPeer = PeerInputBody & { email: (typeof SEEDED_PEER_USERNAMES)[number] };

/**
 * A handful of realistic peers, so a fresh `pnpm dev` has someone to match: English and French,
 * parenting, perinatal, mental-health and substance-use experience, three zones, evenings and
 * weekends. Each signs in with the seeded account of the same email.
 */
export const SEEDED_PEERS: readonly SeededPeer[] = [
  {
    displayName: 'Alex R.',
    email: 'peer@example.org',
    bio: 'Mum of two; I have been where you are.',
    timeZone: 'America/Toronto',
    languages: ['en', 'fr'],
    modalities: ['video', 'phone'],
    livedExperience: ['parenting', 'pregnancy_birth'],
    specialties: ['birth_planning', 'wellness_planning'],
    gender: 'woman',
    capacity: 4,
    availability: [...on(['tue', 'thu'], '17:00', '21:00'), ...on(['sat'], '10:00', '14:00')],
  },
  {
    displayName: 'Camille D.',
    email: 'camille@example.org',
    bio: 'Maman, doula de formation; je parle de la grossesse sans jugement.',
    timeZone: 'America/Toronto',
    languages: ['fr'],
    modalities: ['video', 'phone', 'text'],
    livedExperience: ['pregnancy_birth', 'parenting'],
    specialties: ['birth_planning'],
    gender: 'woman',
    capacity: 3,
    availability: [...on(WEEKDAYS, '18:00', '21:00'), ...on(['sun'], '13:00', '17:00')],
  },
  {
    displayName: 'Jordan T.',
    email: 'jordan@example.org',
    bio: 'Eight years in recovery; I know the early days are the hardest.',
    timeZone: 'America/Vancouver',
    languages: ['en'],
    modalities: ['video', 'phone'],
    livedExperience: ['substance_use', 'mental_health'],
    specialties: ['wellness_planning', 'self_advocacy'],
    gender: 'man',
    capacity: 5,
    availability: [...on(WEEKDAYS, '19:00', '22:00'), ...on(['sat', 'sun'], '09:00', '12:00')],
  },
  {
    displayName: 'Priya S.',
    email: 'priya@example.org',
    bio: 'I lived with anxiety through my twenties and learned to ask for help.',
    timeZone: 'Europe/London',
    languages: ['en'],
    modalities: ['video', 'text'],
    livedExperience: ['mental_health', 'parenting'],
    specialties: ['wellness_planning'],
    gender: 'woman',
    capacity: 4,
    availability: [...on(['mon', 'wed'], '18:00', '22:00'), ...on(['sat'], '09:00', '13:00')],
  },
  {
    displayName: 'Marc L.',
    email: 'marc@example.org',
    bio: 'Père et ancien consommateur; je vous écoute le soir et le week-end.',
    timeZone: 'America/Toronto',
    languages: ['fr', 'en'],
    modalities: ['phone', 'video'],
    livedExperience: ['substance_use', 'parenting'],
    specialties: ['self_advocacy'],
    gender: 'man',
    capacity: 3,
    availability: [...on(['tue', 'wed', 'thu'], '19:00', '22:00'), ...on(['sat', 'sun'], '14:00', '18:00')],
  },
  {
    displayName: 'Tanya W.',
    email: 'tanya@example.org',
    bio: 'Single parent of a toddler; weekends are when I am free to talk.',
    timeZone: 'America/Vancouver',
    languages: ['en'],
    modalities: ['video', 'phone', 'text'],
    livedExperience: ['parenting', 'mental_health'],
    specialties: [],
    gender: 'woman',
    capacity: 2,
    availability: [...on(['sat', 'sun'], '08:00', '12:00'), ...on(['fri'], '19:00', '22:00')],
  },
];

/** A peer whose creation timed out (a cold sandbox on a busy machine) is asked for again, this often. */
const ATTEMPTS = 3;

/**
 * Creates the seeded peers through the matching service when absent: a peer whose email already
 * has a record answers 409 and is left as it is (its edits survive a restart). A peer that could
 * not be created is reported, not fatal: the cloud still starts.
 */
export async function seedPeers(api: string, coordinatorToken: string): Promise<{ created: number; failed: number }> {
  const create = async (peer: SeededPeer): Promise<number> => {
    let status = 0;
    for (let attempt = 0; attempt < ATTEMPTS && (status === 0 || status >= 500); attempt++) {
      const answer = await fetch(`${api}/peers`, {
        method: 'POST',
        headers: { authorization: `Bearer ${coordinatorToken}`, 'content-type': 'application/json' },
        body: JSON.stringify({ ...peer, timeOff: [] }),
      });
      status = answer.status;
      await answer.arrayBuffer();
    }
    return status;
  };
  // One after another: one sandbox starts cold and serves the rest warm. All at once would start
  // a sandbox each, seconds of CPU on a 2-core laptop while `pnpm dev` is getting ready.
  const statuses: number[] = [];
  for (const peer of SEEDED_PEERS) statuses.push(await create(peer));
  return {
    created: statuses.filter((status) => status === 201).length,
    failed: statuses.filter((status) => status !== 201 && status !== 409).length,
  };
}
