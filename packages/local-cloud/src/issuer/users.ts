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

/** The staff accounts of API.md, one per role, and a second peer (a peer who is not the client's). */
export const SEEDED_USERS: readonly SeededUser[] = [
  seed('coordinator@example.org', ['coordinator']),
  seed('peer@example.org', ['peer']),
  seed('peer2@example.org', ['peer']),
  seed('admin@example.org', ['admin']),
];

export const findSeededUser = (username: string): SeededUser | undefined =>
  SEEDED_USERS.find((user) => user.username === username.trim().toLowerCase());
