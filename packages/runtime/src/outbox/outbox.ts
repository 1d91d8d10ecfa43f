import { TransactionCanceledException, type TransactWriteItem } from '@aws-sdk/client-dynamodb';
import { type DynamoDBDocumentClient, TransactWriteCommand } from '@aws-sdk/lib-dynamodb';
import type { OutgoingEvent } from '@lantern/contracts';
import type { TableAccess } from '../data/tables.js';
import { type IdempotencyClaim, IdempotencyKeyTakenError } from '../http/idempotency.js';
import type { HttpResult } from '../http/types.js';
import { OUTBOX_PK_PREFIX } from '../outbox-relay-spec.js';

/** Outbox items expire once the relay has long since published them. */
const OUTBOX_RETENTION_SECONDS = 7 * 24 * 3600;

type DocumentTransactItem = NonNullable<ConstructorParameters<typeof TransactWriteCommand>[0]['TransactItems']>[number];

/** The stored form of an event waiting for the relay (keys under the table's own names). */
export interface OutboxItem {
  source: string;
  detailType: string;
  detail: string;
  createdAt: string;
}

export function outboxItem(table: TableAccess, event: OutgoingEvent, now: Date): Record<string, unknown> {
  const partition = `${OUTBOX_PK_PREFIX}${event.detail.meta.eventId}`;
  const item: OutboxItem = {
    source: event.source,
    detailType: event.detailType,
    detail: JSON.stringify(event.detail),
    createdAt: now.toISOString(),
  };
  return {
    ...(table.sortKey ? table.key(partition, 'EVENT') : table.key(partition)),
    ...item,
    ...(table.ttlAttribute
      ? { [table.ttlAttribute]: Math.floor(now.getTime() / 1000) + OUTBOX_RETENTION_SECONDS }
      : {}),
  };
}

export interface OutboxWriteOptions {
  now?: Date;
  /** The Idempotency-Key record and the answer it remembers, written in the same transaction. */
  idempotency?: { claim: IdempotencyClaim; result: HttpResult } | undefined;
}

/**
 * Writes the domain change and its events in one `TransactWriteItems`: either both are stored or
 * neither is, so an event is never lost between the write and the publish (the relay publishes
 * from the table's stream). At most 100 items per transaction, as DynamoDB allows.
 */
export async function writeWithOutbox(
  documents: DynamoDBDocumentClient,
  table: TableAccess,
  domainItems: readonly DocumentTransactItem[],
  events: readonly OutgoingEvent[],
  options: OutboxWriteOptions = {},
): Promise<void> {
  const now = options.now ?? new Date();
  const outboxPuts: DocumentTransactItem[] = events.map((event) => ({
    Put: {
      TableName: table.name,
      Item: outboxItem(table, event, now),
      ConditionExpression: 'attribute_not_exists(#pk)',
      ExpressionAttributeNames: { '#pk': table.partitionKey },
    },
  }));
  const { idempotency } = options;
  const idempotencyPut = idempotency ? [idempotency.claim.transactItem(idempotency.result, now)] : [];
  const TransactItems = [...idempotencyPut, ...domainItems, ...outboxPuts];
  if (TransactItems.length > 100) throw new Error(`A transaction holds at most 100 items, not ${TransactItems.length}`);
  try {
    await documents.send(new TransactWriteCommand({ TransactItems }));
  } catch (error) {
    const keyTaken =
      idempotency &&
      error instanceof TransactionCanceledException &&
      error.CancellationReasons?.[0]?.Code === 'ConditionalCheckFailed';
    if (keyTaken) throw new IdempotencyKeyTakenError('A request with this Idempotency-Key was stored meanwhile');
    throw error;
  }
}

/** Which items of a cancelled transaction failed their condition (their positions). */
export function failedConditions(error: unknown): number[] {
  if (!(error instanceof TransactionCanceledException)) return [];
  return (error.CancellationReasons ?? []).flatMap((reason, index) =>
    reason.Code === 'ConditionalCheckFailed' ? [index] : [],
  );
}

export type { DocumentTransactItem, TransactWriteItem };
