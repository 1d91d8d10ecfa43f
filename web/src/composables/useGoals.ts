import type { CreateGoalRequest, Goal, GoalStatus, UpdateGoalRequest } from '@lantern/contracts';
import { ref, shallowRef } from 'vue';
import type * as z from 'zod/mini';
import { createGoalBody, progressBody } from '../support/goals.js';
import { useAction } from './useAction.js';
import { useCreate } from './useCreate.js';

export interface GoalsApi {
  list: () => Promise<Goal[]>;
  create: (body: z.input<typeof CreateGoalRequest>, idempotencyKey: string) => Promise<Goal>;
  update: (goal: Goal, body: z.input<typeof UpdateGoalRequest>) => Promise<Goal>;
}

/** A client's goals: set one with steps, record progress at a session, close or set one aside. */
export function useGoals(api: GoalsApi, newKey: () => string, now: () => Date = () => new Date()) {
  const goals = shallowRef<Goal[]>([]);
  const loadFailed = ref(false);
  const creating = useCreate(api.create, newKey);
  const updating = useAction(api.update);

  async function load(): Promise<void> {
    loadFailed.value = false;
    try {
      goals.value = await api.list();
    } catch {
      loadFailed.value = true;
    }
  }

  function replace(goal: Goal): void {
    goals.value = goals.value.map((each) => (each.goalId === goal.goalId ? goal : each));
  }

  async function create(title: string, stepsText: string): Promise<boolean> {
    const created = await creating.run(createGoalBody(title, stepsText));
    if (created) goals.value = [...goals.value, created];
    return created !== undefined;
  }

  /** Nothing is sent when neither a note nor a step changed. */
  async function recordProgress(goal: Goal, note: string, doneSteps: ReadonlySet<number>): Promise<boolean> {
    const body = progressBody(goal, note, doneSteps, now().toISOString());
    if (Object.keys(body).length === 0) return false;
    const updated = await updating.run(goal, body);
    if (updated) replace(updated);
    return updated !== undefined;
  }

  async function setStatus(goal: Goal, status: GoalStatus): Promise<boolean> {
    const updated = await updating.run(goal, { status });
    if (updated) replace(updated);
    return updated !== undefined;
  }

  return { goals, loadFailed, creating, updating, load, create, recordProgress, setStatus };
}
