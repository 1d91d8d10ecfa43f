import type { CreateGoalRequest, Goal, UpdateGoalRequest } from '@lantern/contracts';
import type * as z from 'zod/mini';
import { linesOf } from './lines.js';

/** An open goal with no progress for this long needs a follow-up from the peer. */
export const FOLLOW_UP_AFTER_DAYS = 14;
const DAY_MS = 86_400_000;

export function createGoalBody(title: string, stepsText: string): z.input<typeof CreateGoalRequest> {
  return { title: title.trim(), steps: linesOf(stepsText).map((text) => ({ text, done: false })) };
}

/** When a goal was last moved: its latest progress entry, else its creation. */
export function lastMovedAt(goal: Goal): string {
  return latestOf([goal.createdAt, ...goal.progress.map((entry) => entry.at)]) ?? goal.createdAt;
}

/** The latest of some instants, compared as times (`…:00Z` and `…:00.000Z` are the same instant). */
export function latestOf(instants: readonly string[]): string | undefined {
  let latest: string | undefined;
  for (const instant of instants)
    if (latest === undefined || Date.parse(instant) > Date.parse(latest)) latest = instant;
  return latest;
}

/** When the peer should follow up on a goal (an ISO instant), or undefined when it is not open. */
export function followUpDueAt(goal: Goal): string | undefined {
  if (goal.status !== 'open') return undefined;
  return new Date(Date.parse(lastMovedAt(goal)) + FOLLOW_UP_AFTER_DAYS * DAY_MS).toISOString();
}

/** Open goals whose follow-up is due at `now`, the longest-waiting first. */
export function followUpsDue(goals: readonly Goal[], now: Date): Goal[] {
  return goals
    .filter((goal) => {
      const due = followUpDueAt(goal);
      return due !== undefined && Date.parse(due) <= now.getTime();
    })
    .sort((a, b) => Date.parse(lastMovedAt(a)) - Date.parse(lastMovedAt(b)));
}

/**
 * Progress recorded at a session: a note, and the steps now done. Steps are sent only when one
 * changed, so a note alone never rewrites the list.
 */
export function progressBody(
  goal: Goal,
  note: string,
  doneSteps: ReadonlySet<number>,
  at: string,
  sessionId?: string,
): z.input<typeof UpdateGoalRequest> {
  const steps = goal.steps.map((step, index) => ({ text: step.text, done: step.done || doneSteps.has(index) }));
  const stepsChanged = steps.some((step, index) => step.done !== goal.steps[index]?.done);
  const trimmed = note.trim();
  return {
    ...(stepsChanged ? { steps } : {}),
    ...(trimmed ? { addProgress: [{ at, note: trimmed, ...(sessionId ? { sessionId } : {}) }] } : {}),
  };
}
