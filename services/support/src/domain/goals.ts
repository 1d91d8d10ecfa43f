import type { CreateGoalRequest, Goal, UpdateGoalRequest } from '@lantern/contracts';
import { newGoalId } from './ids.js';

export interface Author {
  username: string;
  now: Date;
}

export function newGoal(clientId: string, body: CreateGoalRequest, { username, now }: Author): Goal {
  const at = now.toISOString();
  return {
    goalId: newGoalId(),
    clientId,
    title: body.title,
    status: 'open',
    steps: body.steps,
    progress: [],
    version: 1,
    createdBy: username,
    createdAt: at,
    updatedAt: at,
  };
}

type ProgressEntry = Goal['progress'][number];
const sameEntry = (a: ProgressEntry, b: ProgressEntry) =>
  a.at === b.at && a.note === b.note && (a.sessionId ?? '') === (b.sessionId ?? '');

export interface GoalChange {
  goal: Goal;
  changed: boolean;
  /** Progress entries this change added (a repeated entry is not added twice). */
  added: ProgressEntry[];
}

/** `steps` replaces the list; `addProgress` appends what is not there yet. Nothing new → unchanged. */
export function applyGoalUpdate(goal: Goal, body: UpdateGoalRequest, now: Date): GoalChange {
  const added = (body.addProgress ?? []).filter(
    (entry, index, all) =>
      !goal.progress.some((known) => sameEntry(known, entry)) &&
      all.findIndex((other) => sameEntry(other, entry)) === index,
  );
  const next: Goal = {
    ...goal,
    title: body.title ?? goal.title,
    status: body.status ?? goal.status,
    steps: body.steps ?? goal.steps,
    progress: [...goal.progress, ...added].sort((a, b) => a.at.localeCompare(b.at)),
  };
  const changed =
    added.length > 0 ||
    next.title !== goal.title ||
    next.status !== goal.status ||
    JSON.stringify(next.steps) !== JSON.stringify(goal.steps);
  if (!changed) return { goal, changed: false, added: [] };
  return { goal: { ...next, version: goal.version + 1, updatedAt: now.toISOString() }, changed, added };
}

/** What GoalProgressed carries: ids and counts, never the client's words. */
export function progressCounts(goal: Goal, added: readonly ProgressEntry[]) {
  return {
    goalId: goal.goalId,
    clientId: goal.clientId,
    sessionIds: [...new Set(added.flatMap((entry) => (entry.sessionId ? [entry.sessionId] : [])))],
    entriesAdded: added.length,
    stepsDone: goal.steps.filter((step) => step.done).length,
    stepsTotal: goal.steps.length,
    at: goal.updatedAt,
  };
}
