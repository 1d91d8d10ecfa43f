import { injectLambdaContext } from '@aws-lambda-powertools/logger/middleware';
import { MetricUnit } from '@aws-lambda-powertools/metrics';
import { logMetrics } from '@aws-lambda-powertools/metrics/middleware';
import { EventBridgeClient } from '@aws-sdk/client-eventbridge';
import middy from '@middy/core';
import type { DynamoDBBatchResponse, DynamoDBStreamEvent } from 'aws-lambda';
import { logger } from '../observability/logger.js';
import { metrics } from '../observability/metrics.js';
import { relayOutbox } from './relay.js';

const eventBridge = new EventBridgeClient({});

/** The outbox relay: a table stream's outbox items → the service's event bus. */
export const handler = middy(async (event: DynamoDBStreamEvent): Promise<DynamoDBBatchResponse> => {
  const busName = process.env.LANTERN_EVENT_BUS;
  if (!busName) throw new Error('LANTERN_EVENT_BUS is not set');
  const batchItemFailures = await relayOutbox(event.Records, eventBridge, busName);
  metrics.addMetric('OutboxRelayFailures', MetricUnit.Count, batchItemFailures.length);
  if (batchItemFailures.length > 0)
    logger.warn('Some outbox items were not published', { failed: batchItemFailures.length });
  return { batchItemFailures };
})
  .use(injectLambdaContext(logger, { resetKeys: true }))
  .use(logMetrics(metrics));
