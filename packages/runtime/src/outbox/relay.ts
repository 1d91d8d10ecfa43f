import type { AttributeValue } from '@aws-sdk/client-dynamodb';
import { type EventBridgeClient, PutEventsCommand, type PutEventsRequestEntry } from '@aws-sdk/client-eventbridge';
import { unmarshall } from '@aws-sdk/util-dynamodb';
import type { DynamoDBBatchItemFailure, DynamoDBRecord } from 'aws-lambda';
import type { OutboxItem } from './outbox.js';

/** PutEvents takes at most 10 entries per call. */
const PUT_EVENTS_BATCH = 10;

interface Pending {
  sequenceNumber: string;
  entry: PutEventsRequestEntry;
}

function pendingFrom(record: DynamoDBRecord, busName: string): Pending | null {
  const image = record.dynamodb?.NewImage;
  const sequenceNumber = record.dynamodb?.SequenceNumber;
  if (record.eventName !== 'INSERT' || !image || !sequenceNumber) return null;
  const item = unmarshall(image as Record<string, AttributeValue>) as Partial<OutboxItem>;
  // The mapping's filter passes outbox items only; an item without an event's fields is not one.
  if (typeof item.source !== 'string' || typeof item.detailType !== 'string' || typeof item.detail !== 'string')
    return null;
  return {
    sequenceNumber,
    entry: {
      EventBusName: busName,
      Source: item.source,
      DetailType: item.detailType,
      Detail: item.detail,
      Time: item.createdAt ? new Date(item.createdAt) : undefined,
    },
  };
}

/**
 * Publishes a stream batch's outbox items. Entries EventBridge refuses, and every entry of a call
 * that fails outright, are returned as batch item failures: the event source mapping retries from
 * the first of them, so nothing is dropped (consumers are idempotent, so a repeat is harmless).
 */
export async function relayOutbox(
  records: readonly DynamoDBRecord[],
  eventBridge: EventBridgeClient,
  busName: string,
): Promise<DynamoDBBatchItemFailure[]> {
  const pending = records.map((record) => pendingFrom(record, busName)).filter((p): p is Pending => p !== null);
  const failures: DynamoDBBatchItemFailure[] = [];
  for (let start = 0; start < pending.length; start += PUT_EVENTS_BATCH) {
    const chunk = pending.slice(start, start + PUT_EVENTS_BATCH);
    try {
      const result = await eventBridge.send(new PutEventsCommand({ Entries: chunk.map((p) => p.entry) }));
      result.Entries?.forEach((entry, index) => {
        const failed = chunk[index];
        if (entry.ErrorCode && failed) failures.push({ itemIdentifier: failed.sequenceNumber });
      });
    } catch {
      // Report this chunk and everything after it; the retry starts at the earliest failure.
      for (const p of pending.slice(start)) failures.push({ itemIdentifier: p.sequenceNumber });
      break;
    }
  }
  return failures;
}
