import { actsAs, type Role } from '@lantern/contracts';

export interface Staff {
  username: string;
  roles: readonly Role[];
}

/** Sign-in names are e-mail addresses: compared without case, as Cognito does. */
export const sameAccount = (a: string, b: string): boolean => a.trim().toLowerCase() === b.trim().toLowerCase();

export const isClientsPeer = (caller: Staff, peerAccounts: readonly string[]): boolean =>
  actsAs(caller.roles, 'peer') && peerAccounts.some((account) => sameAccount(account, caller.username));

/**
 * Coordinators (and admins) reach every client; a peer only the clients they are matched with now
 * (`peerAccounts`: the sign-in names of the client's confirmed, not ended, matches).
 */
export const mayReachClient = (caller: Staff, peerAccounts: readonly string[]): boolean =>
  actsAs(caller.roles, 'coordinator') || isClientsPeer(caller, peerAccounts);

export type RestrictedRead = 'allowed' | 'reason_required' | 'refused';

/**
 * A restricted (substance-use) note (42 CFR Part 2 posture): the client's own peer reads it; a
 * coordinator only with a reason, which the audit trail keeps; nobody else.
 */
export function restrictedRead(
  caller: Staff,
  peerAccounts: readonly string[],
  reason: string | undefined,
): RestrictedRead {
  if (isClientsPeer(caller, peerAccounts)) return 'allowed';
  if (!actsAs(caller.roles, 'coordinator')) return 'refused';
  return reason && reason.trim().length > 0 ? 'allowed' : 'reason_required';
}
