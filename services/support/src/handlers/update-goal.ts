import { buildEvent, type Goal, GoalProgressed } from '@lantern/contracts';
import { httpHandler } from '@lantern/runtime';
import { BusyRecordError, RecordNotFoundError, StaleVersionError } from '../domain/errors.js';
import { applyGoalUpdate, progressCounts } from '../domain/goals.js';
import { newEventId } from '../domain/ids.js';
import { updateGoalRoute } from '../routes/update-goal.js';
import { audit, records } from '../store/default-store.js';
import { allowed, auditRefusal, reachRecord } from './access.js';

const ATTEMPTS = 3;

/**
 * PATCH /goals/{goalId}: steps, title, status, progress at a session. Progress publishes
 * GoalProgressed (ids and counts); a change that changes nothing writes nothing.
 */
export const handler = httpHandler(
  updateGoalRoute,
  async ({ params, body, headers, caller, source }) => {
    const { clientId } = await reachRecord(caller, params.goalId, ['goal'], 'goal');
    const expected = headers['if-match'];
    for (let attempt = 0; attempt < ATTEMPTS; attempt++) {
      const goal = await records.get<Goal>('goal', clientId, params.goalId);
      if (!goal) throw new RecordNotFoundError('goal');
      if (expected !== undefined && expected !== goal.version) throw new StaleVersionError(goal.version);
      const now = new Date();
      const change = applyGoalUpdate(goal, body, now);
      const etag = { etag: `"${change.goal.version}"` };
      if (!change.changed) return { status: 200, body: goal, headers: etag };
      const events =
        change.added.length > 0
          ? [
              buildEvent(GoalProgressed, progressCounts(change.goal, change.added), {
                eventId: newEventId(),
                occurredAt: change.goal.updatedAt,
              }),
            ]
          : [];
      const entry = allowed(caller, source, 'goal.update', { kind: 'goal', clientId, id: goal.goalId }, now);
      const saved = await records.replace('goal', clientId, goal.goalId, change.goal, goal.version, {
        now,
        events,
        alongside: [audit.transactItem(entry)],
      });
      if (saved) return { status: 200, body: change.goal, headers: etag };
      if (expected !== undefined) throw new StaleVersionError(goal.version + 1);
    }
    throw new BusyRecordError();
  },
  { auditRefusal: auditRefusal('goal.update', 'goal') },
);
