import { DynamoDBStreamsClient, GetRecordsCommand, GetShardIteratorCommand } from '@aws-sdk/client-dynamodb-streams';
import { EventBridgeClient, PutEventsCommand } from '@aws-sdk/client-eventbridge';
import { InvokeCommand, LambdaClient, paginateListFunctions } from '@aws-sdk/client-lambda';
import {
  DeleteMessageCommand,
  ListQueuesCommand,
  type Message,
  ReceiveMessageCommand,
  SQSClient,
} from '@aws-sdk/client-sqs';
import { toLambdaRecord } from '../streams/stream-record.js';

/** What one queue gave back: messages redriven, repeats skipped, and failures left on the queue. */
export interface QueueReport {
  queue: string;
  kind: QueueKind;
  redriven: number;
  duplicates: number;
  failed: number;
}

type QueueKind = 'bus' | 'rule' | 'async' | 'stream';

/** Queue names CDK gives the stack's dead-letter queues (`<stack>-<logical id>-<suffix>`). */
export function queueKind(url: string): QueueKind | null {
  const name = url.slice(url.lastIndexOf('/') + 1);
  if (/StreamFailures/.test(name)) return 'stream';
  if (/AsyncDlq/.test(name)) return 'async';
  if (/BusDlq/.test(name)) return 'bus';
  if (/Dlq/.test(name)) return 'rule';
  return null;
}

export interface Clients {
  sqs: SQSClient;
  lambda: LambdaClient;
  events: EventBridgeClient;
  streams: DynamoDBStreamsClient;
}

/**
 * Redrives a deployed stage's dead-letter queues, each message once: a rule's DLQ back to the
 * rule's target function (its `TARGET_ARN`), a function's async DLQ back to that function, the
 * bus's own DLQ back onto the bus, and each stream on-failure record (a batch's shard and sequence
 * range) read again from the stream and handed to its function. A message is deleted only after
 * its redrive succeeded; consumers are idempotent by event id, so a repeat is harmless.
 */
export async function redriveAws(
  stage: string,
  log: (line: string) => void,
  clients: Clients = {
    sqs: new SQSClient({}),
    lambda: new LambdaClient({}),
    events: new EventBridgeClient({}),
    streams: new DynamoDBStreamsClient({}),
  },
): Promise<QueueReport[]> {
  try {
    const { QueueUrls = [] } = await clients.sqs.send(new ListQueuesCommand({ QueueNamePrefix: `Lantern-${stage}-` }));
    const asyncTargets = await asyncDlqTargets(clients.lambda);
    const reports: QueueReport[] = [];
    for (const url of QueueUrls) {
      const kind = queueKind(url);
      if (!kind) continue;
      const report = await drainQueue(clients, url, kind, asyncTargets);
      log(`${url}: ${report.redriven} redriven, ${report.duplicates} repeats, ${report.failed} left on the queue`);
      reports.push(report);
    }
    return reports;
  } finally {
    for (const client of Object.values(clients)) client.destroy();
  }
}

/** Queue ARN → function ARN, from each function's dead-letter config. */
async function asyncDlqTargets(lambda: LambdaClient): Promise<Map<string, string>> {
  const targets = new Map<string, string>();
  for await (const page of paginateListFunctions({ client: lambda }, {})) {
    for (const fn of page.Functions ?? []) {
      const queue = fn.DeadLetterConfig?.TargetArn;
      if (queue && fn.FunctionArn) targets.set(queue, fn.FunctionArn);
    }
  }
  return targets;
}

async function drainQueue(clients: Clients, url: string, kind: QueueKind, asyncTargets: Map<string, string>) {
  const report: QueueReport = { queue: url, kind, redriven: 0, duplicates: 0, failed: 0 };
  const seen = new Set<string>();
  const queueArn = arnOfQueue(url);
  for (;;) {
    const { Messages = [] } = await clients.sqs.send(
      new ReceiveMessageCommand({
        QueueUrl: url,
        MaxNumberOfMessages: 10,
        WaitTimeSeconds: 1,
        // Long enough to redrive; a message that fails stays invisible until this run is over.
        VisibilityTimeout: 300,
        MessageAttributeNames: ['All'],
      }),
    );
    if (Messages.length === 0) return report;
    for (const message of Messages) {
      const key = dedupeKey(message);
      const outcome = seen.has(key)
        ? 'duplicate'
        : await redriveMessage(clients, kind, message, queueArn, asyncTargets);
      seen.add(key);
      if (outcome === 'failed') {
        report.failed += 1;
        continue;
      }
      if (outcome === 'duplicate') report.duplicates += 1;
      else report.redriven += 1;
      await clients.sqs.send(new DeleteMessageCommand({ QueueUrl: url, ReceiptHandle: message.ReceiptHandle }));
    }
  }
}

/** The same event can sit in a queue twice (EventBridge delivers at least once): keyed by its id. */
function dedupeKey(message: Message): string {
  try {
    const body = JSON.parse(message.Body ?? '') as {
      id?: string;
      DDBStreamBatchInfo?: { startSequenceNumber?: string };
    };
    return body.id ?? body.DDBStreamBatchInfo?.startSequenceNumber ?? (message.MessageId as string);
  } catch {
    return message.MessageId as string;
  }
}

async function redriveMessage(
  clients: Clients,
  kind: QueueKind,
  message: Message,
  queueArn: string,
  asyncTargets: Map<string, string>,
): Promise<'redriven' | 'failed'> {
  try {
    const body = message.Body ?? '{}';
    if (kind === 'bus') {
      const event = JSON.parse(body) as {
        source: string;
        'detail-type': string;
        detail: unknown;
        resources?: string[];
      };
      const bus = message.MessageAttributes?.RULE_ARN?.StringValue?.match(/:rule\/([^/]+)\//)?.[1];
      const result = await clients.events.send(
        new PutEventsCommand({
          Entries: [
            {
              EventBusName: bus,
              Source: event.source,
              DetailType: event['detail-type'],
              Detail: JSON.stringify(event.detail),
              Resources: event.resources,
            },
          ],
        }),
      );
      return result.FailedEntryCount ? 'failed' : 'redriven';
    }
    if (kind === 'stream') return await redriveStreamBatch(clients, body);
    const target = kind === 'rule' ? message.MessageAttributes?.TARGET_ARN?.StringValue : asyncTargets.get(queueArn);
    if (!target) return 'failed';
    const result = await clients.lambda.send(
      new InvokeCommand({ FunctionName: target, InvocationType: 'Event', Payload: Buffer.from(body) }),
    );
    return result.StatusCode === 202 ? 'redriven' : 'failed';
  } catch {
    return 'failed';
  }
}

/** An on-failure record names a batch by shard and sequence range: read it again and hand it over. */
async function redriveStreamBatch(clients: Clients, body: string): Promise<'redriven' | 'failed'> {
  const failure = JSON.parse(body) as {
    requestContext: { functionArn: string };
    DDBStreamBatchInfo: { shardId: string; streamArn: string; startSequenceNumber: string; endSequenceNumber: string };
  };
  const info = failure.DDBStreamBatchInfo;
  const { ShardIterator } = await clients.streams.send(
    new GetShardIteratorCommand({
      StreamArn: info.streamArn,
      ShardId: info.shardId,
      ShardIteratorType: 'AT_SEQUENCE_NUMBER',
      SequenceNumber: info.startSequenceNumber,
    }),
  );
  const records = [];
  let iterator = ShardIterator;
  const end = BigInt(info.endSequenceNumber);
  while (iterator) {
    const page = await clients.streams.send(new GetRecordsCommand({ ShardIterator: iterator }));
    const batch = page.Records ?? [];
    records.push(...batch.filter((r) => BigInt(r.dynamodb?.SequenceNumber ?? '0') <= end));
    if (batch.length === 0 || batch.some((r) => BigInt(r.dynamodb?.SequenceNumber ?? '0') >= end)) break;
    iterator = page.NextShardIterator;
  }
  if (records.length === 0) return 'failed';
  const result = await clients.lambda.send(
    new InvokeCommand({
      FunctionName: failure.requestContext.functionArn,
      Payload: Buffer.from(JSON.stringify({ Records: records.map((r) => toLambdaRecord(r, info.streamArn)) })),
    }),
  );
  const answer = result.Payload
    ? (JSON.parse(Buffer.from(result.Payload).toString()) as { batchItemFailures?: unknown[] })
    : null;
  return result.FunctionError || answer?.batchItemFailures?.length ? 'failed' : 'redriven';
}

/** `https://sqs.<region>.amazonaws.com/<account>/<name>` → `arn:aws:sqs:<region>:<account>:<name>`. */
function arnOfQueue(url: string): string {
  const { hostname, pathname } = new URL(url);
  const region = hostname.split('.')[1];
  const [, account, name] = pathname.split('/');
  return `arn:aws:sqs:${region}:${account}:${name}`;
}
