import type { AttributeValue } from '@aws-sdk/client-dynamodb';
import { SchedulerClient } from '@aws-sdk/client-scheduler';
import { unmarshall } from '@aws-sdk/util-dynamodb';
import type { Session } from '@lantern/contracts';
import { logger, RESOURCE_ENV } from '@lantern/runtime';
import type { DynamoDBBatchResponse, DynamoDBStreamEvent } from 'aws-lambda';
import { REMINDER_LEADS, reminderName, remindersOf, schedulingPairOf } from '../domain/index.js';
import { projectionsStore } from '../store/default-store.js';
import { sessionOf } from '../store/items.js';
import { createReminderSchedules } from '../store/reminder-schedules.js';
import { sessionLinkToken } from './shared/links.js';

const reminders = createReminderSchedules({
  scheduler: new SchedulerClient({}),
  group: process.env[RESOURCE_ENV.manageSchedules.group] ?? '',
  busArn: process.env[RESOURCE_ENV.manageSchedules.busArn] ?? '',
  roleArn: process.env[RESOURCE_ENV.manageSchedules.roleArn] ?? '',
});
const PARALLEL_SESSIONS = 6;

/** Makes a session's schedules what its stored state says: both reminders if scheduled and ahead, none otherwise. */
async function syncSession(session: Session, now: Date): Promise<void> {
  const match = await projectionsStore.getMatch(session.matchId);
  const peer = await projectionsStore.getPeer(session.peerId);
  const pair = schedulingPairOf(match?.record, peer?.record);
  const wanted = pair ? remindersOf(pair, session, sessionLinkToken(session), now) : [];
  const kept = new Set(wanted.map((schedule) => schedule.name));
  const unwanted = REMINDER_LEADS.map(({ which }) => reminderName(session.sessionId, which)).filter(
    (name) => !kept.has(name),
  );
  await Promise.all([...wanted.map(reminders.upsert), ...unwanted.map(reminders.remove)]);
}

/**
 * Session items from the table's stream → their reminder schedules, as the outbox relay does for
 * events: a committed change always reaches Scheduler, retried from the first failed record.
 * Stateless per session (the newest image decides), so a redelivered batch is harmless.
 */
export const handler = async (event: DynamoDBStreamEvent): Promise<DynamoDBBatchResponse> => {
  const now = new Date();
  const newest = new Map<string, { session: Session; firstSequence: string }>();
  for (const record of event.Records) {
    const image = record.dynamodb?.NewImage;
    const sequence = record.dynamodb?.SequenceNumber;
    if (!image || !sequence) continue;
    const session = sessionOf(unmarshall(image as Record<string, AttributeValue>));
    const seen = newest.get(session.sessionId);
    newest.set(session.sessionId, { session, firstSequence: seen?.firstSequence ?? sequence });
  }
  const failed = new Set<string>();
  const queue = [...newest.values()];
  const worker = async () => {
    for (let next = queue.shift(); next; next = queue.shift()) {
      try {
        await syncSession(next.session, now);
      } catch (error) {
        logger.warn('Reminder schedules not synced', { sessionId: next.session.sessionId, error: String(error) });
        failed.add(next.firstSequence);
      }
    }
  };
  await Promise.all(Array.from({ length: PARALLEL_SESSIONS }, worker));
  // In stream order: the mapping retries from the earliest failure.
  const batchItemFailures = event.Records.flatMap((record) => {
    const sequence = record.dynamodb?.SequenceNumber;
    return sequence && failed.has(sequence) ? [{ itemIdentifier: sequence }] : [];
  });
  return { batchItemFailures };
};
