import { IdempotencyConfig } from '@aws-lambda-powertools/idempotency';
import { DynamoDBPersistenceLayer } from '@aws-lambda-powertools/idempotency/dynamodb';
import { makeHandlerIdempotent } from '@aws-lambda-powertools/idempotency/middleware';
import { injectLambdaContext } from '@aws-lambda-powertools/logger/middleware';
import { logMetrics } from '@aws-lambda-powertools/metrics/middleware';
import { DynamoDBClient } from '@aws-sdk/client-dynamodb';
import { type EventDefinition, type EventMeta, parseEvent } from '@lantern/contracts';
import middy from '@middy/core';
import type { Context } from 'aws-lambda';
import type * as z from 'zod/mini';
import type { TableAccess } from '../data/tables.js';
import { logger } from '../observability/logger.js';
import { metrics } from '../observability/metrics.js';

export interface ReceivedEvent<TData> {
  meta: EventMeta;
  data: TData;
  /** EventBridge's own id: differs between two publications of the same domain event. */
  deliveryId: string;
}

export interface EventHandlerOptions {
  /** The table that keeps idempotency records: the manifest's `idempotencyTable`, key names from its spec. */
  idempotencyTable: TableAccess;
  /** How long a completed event id is remembered. */
  idempotencySeconds?: number;
}

/**
 * The event handler stack: parse the envelope against the catalog, then run at most once per
 * domain event id (`detail.meta.eventId`, stable across relay retries and redeliveries) with
 * Powertools idempotency. A handler that throws leaves no record, so the bus retries it.
 *
 * No Powertools Tracer here: its X-Ray SDK costs ~120 KB and ~40 ms of cold start (DESIGN §6
 * budgets), and Lambda's active tracing already records each consumer's invocation.
 */
export function eventHandler<TName extends string, TData extends z.ZodMiniType>(
  definition: EventDefinition<TName, TData>,
  options: EventHandlerOptions,
  fn: (event: ReceivedEvent<z.infer<TData>>, context: Context) => Promise<void>,
) {
  const table = options.idempotencyTable;
  const persistenceStore = new DynamoDBPersistenceLayer({
    tableName: table.name,
    keyAttr: table.partitionKey,
    ...(table.sortKey ? { sortKeyAttr: table.sortKey } : {}),
    ...(table.ttlAttribute ? { expiryAttr: table.ttlAttribute } : {}),
    awsSdkV3Client: new DynamoDBClient({}),
  });
  const config = new IdempotencyConfig({
    eventKeyJmesPath: 'detail.meta.eventId',
    expiresAfterSeconds: options.idempotencySeconds ?? 7 * 24 * 3600,
    throwOnNoIdempotencyKey: true,
  });
  const base = async (envelope: unknown, context: Context): Promise<void> => {
    const { envelope: parsed, meta, data } = parseEvent(definition, envelope);
    logger.appendKeys({ eventId: meta.eventId, detailType: definition.detailType });
    await fn({ meta, data, deliveryId: parsed.id }, context);
  };
  return middy(base)
    .use(injectLambdaContext(logger, { resetKeys: true }))
    .use(logMetrics(metrics))
    .use(makeHandlerIdempotent({ persistenceStore, config }));
}
