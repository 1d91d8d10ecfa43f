import { createHash } from 'node:crypto';
import type { Role } from '@lantern/contracts';

export interface SeededUser {
  username: string;
  /** Stable across restarts, shaped like a Cognito `sub` (a UUID). */
  sub: string;
  email: string;
  groups: Role[];
}

const stableUuid = (seed: string): string => {
  const hex = createHash('sha256').update(`lantern-local:${seed}`).digest('hex');
  return `${hex.slice(0, 8)}-${hex.slice(8, 12)}-4${hex.slice(13, 16)}-a${hex.slice(17, 20)}-${hex.slice(20, 32)}`;
};

const seed = (username: string, groups: Role[]): SeededUser => ({
  username,
  sub: stableUuid(username),
  email: username,
  groups,
});

/** The peers' sign-in accounts (their peer records are seeded through the matching service: seed-peers.ts). */
export const SEEDED_PEER_USERNAMES = [
  'peer@example.org',
  'camille@example.org',
  'jordan@example.org',
  'priya@example.org',
  'marc@example.org',
  'tanya@example.org',
] as const;

/** The staff accounts of API.md, one per role, the seeded peers, and a peer with no record (not the client's). */
export const SEEDED_USERS: readonly SeededUser[] = [
  seed('coordinator@example.org', ['coordinator']),
  ...SEEDED_PEER_USERNAMES.map((username) => seed(username, ['peer'])),
  seed('peer2@example.org', ['peer']),
  seed('admin@example.org', ['admin']),
];

export const findSeededUser = (username: string): SeededUser | undefined =>
  SEEDED_USERS.find((user) => user.username === username.trim().toLowerCase());
