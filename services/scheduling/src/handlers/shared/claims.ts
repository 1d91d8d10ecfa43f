import { PROBLEM_TYPES } from '@lantern/contracts';
import { HttpProblem, type HttpResult } from '@lantern/runtime';
import { TooLargeChangeError } from '../../domain/errors.js';
import {
  type ClaimConflict,
  type ClaimWrite,
  claimsNeeded,
  MAX_TRANSACTION_ITEMS,
  type Occupancy,
  planClaims,
  transactionItems,
} from '../../domain/index.js';
import { isoOf } from '../../domain/wall-clock.js';
import { sessionsStore } from '../../store/default-store.js';
import type { CommitOutcome } from '../../store/sessions-store.js';

export type ClaimsOutcome = { ok: true; writes: ClaimWrite[] } | { ok: false; conflicts: ClaimConflict[] };

/** Reads the claims a change needs and plans them (ADR 0033); refuses a change too big for one transaction. */
export async function claimTime(
  adding: readonly Occupancy[],
  releasing: readonly Occupancy[],
  sessionItems: number,
  extraItems = 0,
): Promise<ClaimsOutcome> {
  const claims = await sessionsStore.readClaims(claimsNeeded(adding, releasing));
  const plan = planClaims(claims, adding, releasing);
  if (plan.ok && transactionItems(sessionItems, plan.writes.length) + extraItems > MAX_TRANSACTION_ITEMS) {
    throw new TooLargeChangeError();
  }
  return plan;
}

/** 409 problem+json listing every clash: the requested start and the session in the way. */
export function clashAnswer(conflicts: readonly ClaimConflict[]): HttpResult {
  return {
    status: 409,
    headers: { 'content-type': 'application/problem+json' },
    body: {
      type: PROBLEM_TYPES.conflict,
      title: 'Conflict',
      status: 409,
      detail: 'That time is taken for one of the two people; nothing was booked or changed.',
      conflicts: conflicts.map((conflict) => ({ start: isoOf(conflict.start), sessionId: conflict.sessionId })),
    },
  };
}

/** Full jitter, 25 ms doubling to at most 800 ms: ~3 s in all before a 503, within any timeout. */
const MAX_ATTEMPTS = 8;
const pause = (attempt: number) =>
  new Promise((resolve) => setTimeout(resolve, Math.random() * 25 * 2 ** Math.min(attempt, 5)));

/**
 * Runs read → plan → conditional commit until it commits or answers: a claim or session that
 * moved since the read (`contended`) means read again, a bounded number of times with jitter,
 * then 503; never a loop without end.
 */
export async function withRetries<T>(attempt: () => Promise<T | CommitOutcome>): Promise<T> {
  for (let index = 0; index < MAX_ATTEMPTS; index++) {
    const outcome = await attempt();
    if (outcome !== 'contended') return outcome as T;
    await pause(index);
  }
  throw new HttpProblem(
    503,
    PROBLEM_TYPES.conflict,
    'Busy',
    'Many changes at once to these calendars; nothing was changed. Try again.',
  );
}
