import { httpHandler, idempotencyRecords } from '@lantern/runtime';
import { newGoal } from '../domain/goals.js';
import { createGoalRoute } from '../routes/create-goal.js';
import { audit, documents, records, table } from '../store/default-store.js';
import { allowed, auditRefusal, reachClient } from './access.js';

/** POST /clients/{clientId}/goals: the goal and its audit entry in one transaction. */
export const handler = httpHandler(
  createGoalRoute,
  async ({ params, body, caller, source, idempotency }) => {
    await reachClient(caller, params.clientId);
    const now = new Date();
    const goal = newGoal(params.clientId, body, { username: caller.username, now });
    const result = { status: 201, body: goal, headers: { etag: `"${goal.version}"` } };
    const entry = allowed(
      caller,
      source,
      'goal.create',
      { kind: 'goal', clientId: goal.clientId, id: goal.goalId },
      now,
    );
    await records.create('goal', goal.clientId, goal.goalId, goal, {
      now,
      alongside: [audit.transactItem(entry)],
      idempotency: idempotency && { claim: idempotency, result },
    });
    return result;
  },
  { idempotency: idempotencyRecords(documents, table), auditRefusal: auditRefusal('goal.create', 'goal') },
);
