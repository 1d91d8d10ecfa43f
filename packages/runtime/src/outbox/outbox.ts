import type { TransactWriteItem } from '@aws-sdk/client-dynamodb';
import { type DynamoDBDocumentClient, TransactWriteCommand } from '@aws-sdk/lib-dynamodb';
import type { OutgoingEvent } from '@lantern/contracts';
import { OUTBOX_PK_PREFIX } from '../outbox-relay-spec.js';

/** Outbox items expire once the relay has long since published them. */
const OUTBOX_RETENTION_SECONDS = 7 * 24 * 3600;

type DocumentTransactItem = NonNullable<ConstructorParameters<typeof TransactWriteCommand>[0]['TransactItems']>[number];

/** The stored form of an event waiting for the relay. */
export interface OutboxItem {
  pk: string;
  sk: 'EVENT';
  source: string;
  detailType: string;
  detail: string;
  createdAt: string;
  expiresAt: number;
}

export function outboxItem(event: OutgoingEvent, now: Date): OutboxItem {
  return {
    pk: `${OUTBOX_PK_PREFIX}${event.detail.meta.eventId}`,
    sk: 'EVENT',
    source: event.source,
    detailType: event.detailType,
    detail: JSON.stringify(event.detail),
    createdAt: now.toISOString(),
    expiresAt: Math.floor(now.getTime() / 1000) + OUTBOX_RETENTION_SECONDS,
  };
}

/**
 * Writes the domain change and its events in one `TransactWriteItems`: either both are stored or
 * neither is, so an event is never lost between the write and the publish (the relay publishes
 * from the table's stream). At most 100 items per transaction, as DynamoDB allows.
 */
export async function writeWithOutbox(
  client: DynamoDBDocumentClient,
  tableName: string,
  domainItems: readonly DocumentTransactItem[],
  events: readonly OutgoingEvent[],
  now: Date = new Date(),
): Promise<void> {
  const outboxPuts: DocumentTransactItem[] = events.map((event) => ({
    Put: { TableName: tableName, Item: outboxItem(event, now), ConditionExpression: 'attribute_not_exists(pk)' },
  }));
  const TransactItems = [...domainItems, ...outboxPuts];
  if (TransactItems.length > 100) throw new Error(`A transaction holds at most 100 items, not ${TransactItems.length}`);
  await client.send(new TransactWriteCommand({ TransactItems }));
}

export type { DocumentTransactItem, TransactWriteItem };
