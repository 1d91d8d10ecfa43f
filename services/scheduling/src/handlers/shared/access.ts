import { actsAs } from '@lantern/contracts';
import type { Caller } from '@lantern/runtime';
import { MatchNotFoundError, SchedulingConflictError, SessionAccessDeniedError } from '../../domain/errors.js';
import { REFUSALS, type SchedulingPair, schedulingPairOf } from '../../domain/index.js';
import { projectionsStore } from '../../store/default-store.js';

/** The peer id of a caller who signed in as a peer (their record's email), if scheduling knows them. */
export const ownPeerId = (caller: Caller): Promise<string | undefined> =>
  projectionsStore.peerIdOfLogin(caller.username);

/** A coordinator acts for anyone; a peer only for their own matches (403 otherwise, existing or not). */
export async function assertMayActFor(caller: Caller, peerId: string | undefined): Promise<void> {
  if (actsAs(caller.roles, 'coordinator')) return;
  if (peerId === undefined || (await ownPeerId(caller)) !== peerId) throw new SessionAccessDeniedError();
}

/** The match to schedule for, read from scheduling's own projections. */
export async function pairOf(matchId: string): Promise<SchedulingPair> {
  return pairOfMatch(await projectionsStore.getMatch(matchId));
}

async function pairOfMatch(match: Awaited<ReturnType<typeof projectionsStore.getMatch>>): Promise<SchedulingPair> {
  if (!match) throw new MatchNotFoundError();
  const peer = await projectionsStore.getPeer(match.record.peerId);
  const pair = schedulingPairOf(match.record, peer?.record);
  if (!pair) throw new SchedulingConflictError(`This match is not active (${REFUSALS.matchNotActive}).`);
  return pair;
}

/** Like `pairOf`, after checking the caller may see the match (a peer learns nothing of others' matches). */
export async function pairForCaller(caller: Caller, matchId: string): Promise<SchedulingPair> {
  const match = await projectionsStore.getMatch(matchId);
  await assertMayActFor(caller, match?.record.peerId);
  return pairOfMatch(match);
}
