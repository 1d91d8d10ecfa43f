import { createHash } from 'node:crypto';
import { ConditionalCheckFailedException } from '@aws-sdk/client-dynamodb';
import { type DynamoDBDocumentClient, PutCommand, QueryCommand, UpdateCommand } from '@aws-sdk/lib-dynamodb';
import type { ListNotificationsQuery, NotificationLog, NotificationLogEntry } from '@lantern/contracts';
import type { CursorCodec } from '@lantern/runtime';
import type { Channel } from '../domain/plan/planned-message.js';
import { addressKey, maskAddress } from '../domain/recipient.js';
import type { NotificationsTable } from '../tables.js';

/**
 * A send that died mid-way may be retried after this long: longer than the function's timeout
 * (manifest: 10 s), shorter than the bus's retry window, so a redelivery finds the lease expired.
 */
const LEASE_SECONDS = 20;
/** Every record sits in one log partition: an organisation sends thousands a day, not millions. */
const LOG_PARTITION = 'LOG';

/** Another delivery of the same event is sending right now (or died doing so): retry later. */
export class NotificationInFlightError extends Error {
  override name = 'NotificationInFlightError';
}

export type NotificationKey = Record<string, string | number>;
export type SuppressionReason = 'bounce' | 'complaint';

export interface NotificationsStoreDeps {
  documents: DynamoDBDocumentClient;
  table: NotificationsTable;
  cursors: CursorCodec;
}

/** The notification records (one per event, recipient and channel) and what stops messages to an address. */
export function createNotificationsStore({ documents, table, cursors }: NotificationsStoreDeps) {
  const addressPk = (hash: string) => `ADDRESS#${hash}`;

  /**
   * Records the notification before sending: one item per (event, recipient, channel). The
   * conditional put succeeds only for the first delivery, or for a retry after a failed send or an
   * expired lease:
   *
   *   delivery 1: put(pending) ✓ → send ✓ → sent
   *   delivery 2: put ✗ (status sent)     → nothing sent
   *   delivery 1': put(pending) ✓ → send ✗ → failed; the bus retries → put ✓ (status failed)
   *   delivery 1'': put(pending) ✓ → killed → a redelivery within the lease throws (the bus retries);
   *                                          after the lease, put ✓ and the message goes
   */
  async function claimNotification(input: {
    eventId: string;
    recipient: string;
    template: string;
    channel: Channel;
    now: Date;
  }): Promise<NotificationKey | null> {
    const sortKey = `${input.channel}#${addressKey(input.recipient)}`;
    const key = table.key(`NOTIFICATION#${input.eventId}`, sortKey);
    const nowSeconds = Math.floor(input.now.getTime() / 1000);
    const createdAt = input.now.toISOString();
    try {
      await documents.send(
        new PutCommand({
          TableName: table.name,
          Item: {
            ...key,
            notificationId: `nt_${createHash('sha256').update(`${input.eventId}/${sortKey}`).digest('hex').slice(0, 24)}`,
            eventId: input.eventId,
            template: input.template,
            channel: input.channel,
            recipient: maskAddress(input.recipient),
            status: 'pending',
            leaseUntil: nowSeconds + LEASE_SECONDS,
            createdAt,
            logPk: LOG_PARTITION,
            logSk: `${createdAt}#${input.eventId}#${sortKey}`,
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
      | { status: 'failed'; reason: string }
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

  /** What stops messages to an address or number: a suppression (email) and an unsubscribe. */
  async function addressState(address: string): Promise<{ suppressed?: SuppressionReason; unsubscribed: boolean }> {
    const result = await documents.send(
      new QueryCommand({
        TableName: table.name,
        KeyConditionExpression: '#pk = :pk',
        ExpressionAttributeNames: { '#pk': table.partitionKey },
        ExpressionAttributeValues: { ':pk': addressPk(addressKey(address)) },
        ConsistentRead: true,
      }),
    );
    const items = result.Items ?? [];
    const suppression = items.find((item) => item[table.sortKey as string] === 'SUPPRESSED');
    return {
      ...(suppression ? { suppressed: suppression.reason as SuppressionReason } : {}),
      unsubscribed: items.some((item) => item[table.sortKey as string] === 'UNSUBSCRIBED'),
    };
  }

  /** Adds an address to the suppression list (the first reason stays); repeating it changes nothing. */
  async function suppress(address: string, reason: SuppressionReason, now: Date = new Date()): Promise<void> {
    await putOnce(table.key(addressPk(addressKey(address)), 'SUPPRESSED'), { reason, at: now.toISOString() });
  }

  /** Stops non-essential messages to the address whose hash an unsubscribe token carries. */
  async function unsubscribe(hash: string, now: Date = new Date()): Promise<void> {
    await putOnce(table.key(addressPk(hash), 'UNSUBSCRIBED'), { at: now.toISOString() });
  }

  async function putOnce(key: NotificationKey, attributes: Record<string, string>): Promise<void> {
    try {
      await documents.send(
        new PutCommand({
          TableName: table.name,
          Item: { ...key, ...attributes },
          ConditionExpression: 'attribute_not_exists(#pk)',
          ExpressionAttributeNames: { '#pk': table.partitionKey },
        }),
      );
    } catch (error) {
      if (!(error instanceof ConditionalCheckFailedException)) throw error;
    }
  }

  /**
   * The delivery log, newest first: one Query on an index (by status when asked), the template as a
   * filter. A page may hold fewer items than the limit when the filter drops some; the cursor still
   * goes on from where DynamoDB stopped. `badCursor` when the cursor is not this listing's.
   */
  async function listNotifications(query: ListNotificationsQuery): Promise<NotificationLog | 'badCursor'> {
    const index = table.index(query.status ? 'byStatus' : 'byLog');
    const listing = `notifications?status=${query.status ?? ''}&template=${query.template ?? ''}`;
    const start = query.cursor ? cursors.decode(listing, query.cursor) : undefined;
    if (start === null) return 'badCursor';
    const result = await documents.send(
      new QueryCommand({
        TableName: table.name,
        IndexName: index.name,
        KeyConditionExpression: '#p = :p',
        ...(query.template ? { FilterExpression: '#template = :template' } : {}),
        ExpressionAttributeNames: { '#p': index.partitionKey, ...(query.template ? { '#template': 'template' } : {}) },
        ExpressionAttributeValues: {
          ':p': query.status ?? LOG_PARTITION,
          ...(query.template ? { ':template': query.template } : {}),
        },
        ScanIndexForward: false,
        Limit: query.limit,
        ExclusiveStartKey: start,
      }),
    );
    return {
      items: (result.Items ?? []).map(toLogEntry),
      nextCursor: cursors.encode(listing, result.LastEvaluatedKey),
    };
  }

  return { claimNotification, markNotification, addressState, suppress, unsubscribe, listNotifications };
}

function toLogEntry(item: Record<string, unknown>): NotificationLogEntry {
  const details = (item.details ?? {}) as { reason?: string };
  return {
    notificationId: String(item.notificationId),
    template: item.template as NotificationLogEntry['template'],
    channel: item.channel === 'text' ? 'text' : 'email',
    recipient: String(item.recipient),
    status: item.status as NotificationLogEntry['status'],
    ...(details.reason ? { reason: details.reason } : {}),
    createdAt: String(item.createdAt),
  };
}

export type NotificationsStore = ReturnType<typeof createNotificationsStore>;
