import { createHash } from 'node:crypto';
import { ConditionalCheckFailedException } from '@aws-sdk/client-dynamodb';
import { type DynamoDBDocumentClient, PutCommand, UpdateCommand } from '@aws-sdk/lib-dynamodb';
import type { NotificationsTable } from '../tables.js';

/**
 * A send that died mid-way may be retried after this long: longer than the function's timeout
 * (manifest: 10 s), shorter than the bus's retry window, so a redelivery finds the lease expired.
 */
const LEASE_SECONDS = 20;

/** Another delivery of the same event is sending right now (or died doing so): retry later. */
export class NotificationInFlightError extends Error {
  override name = 'NotificationInFlightError';
}

/** Recipients are keyed by a hash so the key itself carries no address. */
const recipientKey = (address: string) => createHash('sha256').update(address.trim().toLowerCase()).digest('hex');

export type NotificationKey = Record<string, string | number>;

export interface NotificationsStoreDeps {
  documents: DynamoDBDocumentClient;
  table: NotificationsTable;
}

/** The notification records: one per event and recipient, written before anything is sent. */
export function createNotificationsStore({ documents, table }: NotificationsStoreDeps) {
  /**
   * Records the notification before sending: one item per (event, recipient). The conditional put
   * succeeds only for the first delivery, or for a retry after a failed send or an expired lease:
   *
   *   delivery 1: put(pending) ✓ → SendEmail ✓ → sent
   *   delivery 2: put ✗ (status sent)          → nothing sent
   *   delivery 1': put(pending) ✓ → SendEmail ✗ → failed; the bus retries → put ✓ (status failed)
   *   delivery 1'': put(pending) ✓ → killed   → a redelivery within the lease throws (the bus retries);
   *                                             after the lease, put ✓ and the email goes
   */
  async function claimNotification(input: {
    eventId: string;
    recipient: string;
    template: string;
    channel: 'email';
    now: Date;
  }): Promise<NotificationKey | null> {
    const key = table.key(`NOTIFICATION#${input.eventId}`, `RECIPIENT#${recipientKey(input.recipient)}`);
    const nowSeconds = Math.floor(input.now.getTime() / 1000);
    try {
      await documents.send(
        new PutCommand({
          TableName: table.name,
          Item: {
            ...key,
            eventId: input.eventId,
            template: input.template,
            channel: input.channel,
            status: 'pending',
            leaseUntil: nowSeconds + LEASE_SECONDS,
            createdAt: input.now.toISOString(),
          },
          ConditionExpression:
            'attribute_not_exists(#pk) OR #status = :failed OR (#status = :pending AND leaseUntil < :now)',
          ExpressionAttributeNames: { '#pk': table.partitionKey, '#status': 'status' },
          ReturnValuesOnConditionCheckFailure: 'ALL_OLD',
          ExpressionAttributeValues: { ':failed': 'failed', ':pending': 'pending', ':now': nowSeconds },
        }),
      );
      return key;
    } catch (error) {
      if (!(error instanceof ConditionalCheckFailedException)) throw error;
      // Sent or skipped before: nothing to do. Pending under a live lease: not ours to drop.
      if (error.Item?.status?.S === 'pending')
        throw new NotificationInFlightError('Another delivery holds this notification');
      return null;
    }
  }

  async function markNotification(
    key: NotificationKey,
    outcome:
      | { status: 'sent'; messageId: string }
      | { status: 'failed'; error: string }
      | { status: 'skipped'; reason: string },
    now: Date = new Date(),
  ): Promise<void> {
    const { status, ...details } = outcome;
    await documents.send(
      new UpdateCommand({
        TableName: table.name,
        Key: key,
        UpdateExpression: 'SET #status = :status, updatedAt = :at, details = :details',
        ExpressionAttributeNames: { '#status': 'status' },
        ExpressionAttributeValues: { ':status': status, ':at': now.toISOString(), ':details': details },
      }),
    );
  }
  return { claimNotification, markNotification };
}

export type NotificationsStore = ReturnType<typeof createNotificationsStore>;
