import type { ClientSummary, MatchingProposal, Peer, Suggestions } from '@lantern/contracts';

/** A valid id of the matching service: `pr_…`, `cl_…`, `run_…` and a 26-character ULID. */
export const idOf = (prefix: 'pr' | 'cl' | 'run' | 'ma', n: number) => `${prefix}_01J${String(n).padStart(23, '0')}`;

export function peer(n: number, overrides: Partial<Peer> = {}): Peer {
  return {
    peerId: idOf('pr', n),
    displayName: `Peer ${n}`,
    email: `peer${n}@example.org`,
    bio: '',
    timeZone: 'America/Toronto',
    languages: ['en'],
    modalities: ['video'],
    livedExperience: [],
    specialties: [],
    cultures: [],
    capacity: 4,
    caseload: 0,
    status: 'active',
    availability: [{ day: 'tue', start: '17:00', end: '21:00' }],
    timeOff: [],
    version: 1,
    createdAt: '2026-11-01T10:00:00Z',
    updatedAt: '2026-11-01T10:00:00Z',
    ...overrides,
  };
}

export function waitingClient(n: number, createdAt: string, urgent = false): ClientSummary {
  return {
    clientId: idOf('cl', n),
    preferredName: `Client ${n}`,
    status: 'waitlisted',
    urgent,
    urgentReasons: [],
    supportAreas: ['parenting'],
    languages: ['en'],
    timeZone: 'America/Toronto',
    createdAt,
  } as ClientSummary;
}

/** Alex first (two reasons), Sam second; Jo excluded at capacity. */
export const SUGGESTIONS: Suggestions = {
  items: [
    {
      peerId: idOf('pr', 1),
      displayName: 'Alex',
      score: 55,
      reasons: [
        { criterion: 'lived_experience', points: 40, detail: 'Shares lived experience of pregnancy and birth' },
        { criterion: 'first_language', points: 15, detail: 'Same first language (fr)' },
      ],
    },
    {
      peerId: idOf('pr', 2),
      displayName: 'Sam',
      score: 20,
      reasons: [{ criterion: 'shared_availability', points: 20, detail: '6 shared hours a week' }],
    },
  ],
  excluded: [{ peerId: idOf('pr', 3), displayName: 'Jo', because: ['at capacity (4 of 4)'], codes: ['at_capacity'] }],
};

export function proposedRun(n = 1): MatchingProposal {
  return {
    runId: idOf('run', n),
    status: 'proposed',
    createdAt: '2026-12-07T10:00:00Z',
    objective: { urgentServed: 1, served: 1, totalScore: 40 },
    assignments: [
      {
        clientId: idOf('cl', 1),
        peerId: idOf('pr', 1),
        score: 40,
        reasons: [{ criterion: 'lived_experience', points: 40, detail: 'Shares lived experience of parenting' }],
      },
    ],
    unassigned: [{ clientId: idOf('cl', 2), because: ['no peer shares a language'] }],
  };
}
