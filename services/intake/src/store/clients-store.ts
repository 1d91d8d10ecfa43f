import { createHash } from 'node:crypto';
import { DynamoDBClient, TransactionCanceledException } from '@aws-sdk/client-dynamodb';
import { DynamoDBDocumentClient, GetCommand, PutCommand, QueryCommand } from '@aws-sdk/lib-dynamodb';
import type { ClientRecord, ClientSummary, IntakeCreated, ListClientsQuery, OutgoingEvent } from '@lantern/contracts';
import { type DocumentTransactItem, writeWithOutbox } from '@lantern/runtime';
import { newAuditId } from '../domain/ids.js';
import {
  type ClientItem,
  clientPk,
  PROFILE_SK,
  QUEUE_PK,
  statusPk,
  toClientItem,
  toClientSummary,
} from './client-items.js';
import { decodeCursor, encodeCursor } from './cursor.js';

const documents = DynamoDBDocumentClient.from(new DynamoDBClient({}), {
  marshallOptions: { removeUndefinedValues: true },
});

function tableName(): string {
  const name = process.env.INTAKE_TABLE;
  if (!name) throw new Error('INTAKE_TABLE is not set');
  return name;
}

/** An Idempotency-Key's first answer is kept a day, as most APIs that honour the header do. */
const IDEMPOTENCY_SECONDS = 24 * 3600;
const INTAKE_ROUTE = 'POST /intakes';

export interface IdempotentRequest {
  key: string;
  /** Hash of the request body: the same key with another body is refused. */
  requestHash: string;
}

export const hashRequest = (body: string): string => createHash('sha256').update(body).digest('hex');

export type SaveIntakeResult =
  | { kind: 'created'; response: IntakeCreated }
  | { kind: 'replayed'; response: IntakeCreated }
  | { kind: 'keyReused' };

/**
 * Stores a new client, its IntakeSubmitted event and (when the caller sent an Idempotency-Key)
 * the response, in one transaction. A repeat of the key fails the transaction's condition; we then
 * answer with the stored response and nothing new is written.
 */
export async function saveIntake(
  record: ClientRecord,
  event: OutgoingEvent,
  response: IntakeCreated,
  idempotency: IdempotentRequest | undefined,
  now: Date,
): Promise<SaveIntakeResult> {
  const TableName = tableName();
  const items: DocumentTransactItem[] = [
    { Put: { TableName, Item: toClientItem(record, 1), ConditionExpression: 'attribute_not_exists(pk)' } },
  ];
  if (idempotency) {
    items.unshift({
      Put: {
        TableName,
        Item: {
          pk: `IDEMPOTENCY#${idempotency.key}`,
          sk: INTAKE_ROUTE,
          requestHash: idempotency.requestHash,
          response,
          expiresAt: Math.floor(now.getTime() / 1000) + IDEMPOTENCY_SECONDS,
        },
        // An expired record that TTL has not yet removed does not count.
        ConditionExpression: 'attribute_not_exists(pk) OR expiresAt < :now',
        ExpressionAttributeValues: { ':now': Math.floor(now.getTime() / 1000) },
      },
    });
  }
  try {
    await writeWithOutbox(documents, TableName, items, [event], now);
    return { kind: 'created', response };
  } catch (error) {
    const idempotencyConflict =
      idempotency &&
      error instanceof TransactionCanceledException &&
      error.CancellationReasons?.[0]?.Code === 'ConditionalCheckFailed';
    if (!idempotencyConflict) throw error;
    const stored = await documents.send(
      new GetCommand({
        TableName,
        Key: { pk: `IDEMPOTENCY#${idempotency.key}`, sk: INTAKE_ROUTE },
        ConsistentRead: true,
      }),
    );
    if (stored.Item?.requestHash !== idempotency.requestHash) return { kind: 'keyReused' };
    return { kind: 'replayed', response: stored.Item.response as IntakeCreated };
  }
}

export async function getClientItem(clientId: string): Promise<ClientItem | undefined> {
  const result = await documents.send(
    new GetCommand({ TableName: tableName(), Key: { pk: clientPk(clientId), sk: PROFILE_SK }, ConsistentRead: true }),
  );
  return result.Item as ClientItem | undefined;
}

export interface AuditEntry {
  clientId: string;
  action: 'read' | 'read_denied' | 'update';
  actor: { subject: string; username: string; roles: readonly string[] };
  sourceIp?: string;
  userAgent?: string;
  changedFields?: string[];
}

/** Who read or changed which client record, when and from where (DESIGN §4, §5). */
export async function recordAudit(entry: AuditEntry, now: Date = new Date()): Promise<void> {
  const at = now.toISOString();
  await documents.send(
    new PutCommand({
      TableName: tableName(),
      Item: { pk: clientPk(entry.clientId), sk: `AUDIT#${at}#${newAuditId()}`, at, ...entry },
    }),
  );
}

/** The coordinator's queue: one Query on an index, urgent first then oldest first. Never a Scan. */
export async function listClients(
  query: ListClientsQuery,
): Promise<{ items: ClientSummary[]; nextCursor: string | null } | 'badCursor'> {
  const byStatus = query.status !== undefined;
  const partition = byStatus ? { statusPk: statusPk(query.status as string) } : { queuePk: QUEUE_PK };
  const start = query.cursor ? decodeCursor(query.cursor, partition) : undefined;
  if (start === null) return 'badCursor';
  const urgentPrefix = query.urgent === undefined ? undefined : query.urgent ? '0#' : '1#';
  const keyName = byStatus ? 'statusPk' : 'queuePk';
  const result = await documents.send(
    new QueryCommand({
      TableName: tableName(),
      IndexName: byStatus ? 'byStatus' : 'byQueue',
      KeyConditionExpression: urgentPrefix ? '#p = :p AND begins_with(queueSk, :u)' : '#p = :p',
      ExpressionAttributeNames: { '#p': keyName },
      ExpressionAttributeValues: {
        ':p': byStatus ? partition.statusPk : partition.queuePk,
        ...(urgentPrefix ? { ':u': urgentPrefix } : {}),
      },
      Limit: query.limit,
      ExclusiveStartKey: start,
    }),
  );
  const items = (result.Items ?? []) as ClientItem[];
  return { items: items.map(toClientSummary), nextCursor: encodeCursor(result.LastEvaluatedKey) };
}

/** Replaces the record if nobody changed it since it was read (optimistic lock), with its event. */
export async function saveClientChange(
  item: ClientItem,
  record: ClientRecord,
  event: OutgoingEvent,
  now: Date,
): Promise<'saved' | 'changedMeanwhile'> {
  const TableName = tableName();
  const next = toClientItem(record, item.version + 1, item.peerSubject);
  try {
    await writeWithOutbox(
      documents,
      TableName,
      [
        {
          Put: {
            TableName,
            Item: next,
            ConditionExpression: 'version = :v',
            ExpressionAttributeValues: { ':v': item.version },
          },
        },
      ],
      [event],
      now,
    );
    return 'saved';
  } catch (error) {
    if (error instanceof TransactionCanceledException) return 'changedMeanwhile';
    throw error;
  }
}
