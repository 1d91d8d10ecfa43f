import { DynamoDBStreamsClient } from '@aws-sdk/client-dynamodb-streams';
import { EventBridgeClient } from '@aws-sdk/client-eventbridge';
import { LambdaClient } from '@aws-sdk/client-lambda';
import { type Message, SQSClient } from '@aws-sdk/client-sqs';
import { describe, expect, it } from 'vitest';
import { queueKind, redriveAws } from '../src/redrive/aws.js';

/**
 * SQS has no local emulator here, so the AWS path runs against a small in-memory account: queues
 * that hand out and delete messages, a bus and functions that record what they are given.
 */
function fakeAccount(queues: Record<string, Message[]>, options: { failInvoke?: boolean } = {}) {
  const put: unknown[] = [];
  const invoked: { FunctionName: string; payload: unknown }[] = [];
  const handedOut = new Set<string>();
  /** A real client (paginators check the class) whose requests this account answers. */
  const client = <C extends { send: unknown }>(
    real: C,
    handle: (name: string, input: Record<string, unknown>) => unknown,
  ): C => {
    real.send = (async (command: { constructor: { name: string }; input: Record<string, unknown> }) =>
      handle(command.constructor.name, command.input)) as never;
    return real;
  };
  const config = { region: 'eu-west-1', credentials: { accessKeyId: 'x', secretAccessKey: 'x' } };
  const sqs = client(new SQSClient(config), (name, input) => {
    if (name === 'ListQueuesCommand') return { QueueUrls: Object.keys(queues) };
    const url = input.QueueUrl as string;
    if (name === 'ReceiveMessageCommand') {
      // Received messages stay invisible for this run, as the visibility timeout makes them.
      const visible = (queues[url] ?? []).filter((m) => !handedOut.has(m.ReceiptHandle as string)).slice(0, 10);
      for (const m of visible) handedOut.add(m.ReceiptHandle as string);
      return { Messages: visible };
    }
    if (name === 'DeleteMessageCommand') {
      queues[url] = (queues[url] ?? []).filter((m) => m.ReceiptHandle !== input.ReceiptHandle);
      return {};
    }
    throw new Error(`unexpected ${name}`);
  });
  const lambda = client(new LambdaClient(config), (name, input) => {
    if (name === 'ListFunctionsCommand') return { Functions: [] };
    if (options.failInvoke) throw new Error('throttled');
    invoked.push({
      FunctionName: input.FunctionName as string,
      payload: JSON.parse(Buffer.from(input.Payload as Uint8Array).toString()),
    });
    return { StatusCode: 202 };
  });
  const events = client(new EventBridgeClient(config), (_, input) => {
    put.push(...(input.Entries as unknown[]));
    return { FailedEntryCount: 0 };
  });
  const streams = client(new DynamoDBStreamsClient(config), () => ({}));
  return { clients: { sqs, lambda, events, streams }, put, invoked, queues };
}

const url = (name: string) => `https://sqs.eu-west-1.amazonaws.com/123456789012/${name}`;
const event = (id: string) => ({
  id,
  source: 'lantern.intake',
  'detail-type': 'IntakeSubmitted',
  detail: { meta: { eventId: id } },
});
const message = (n: number, body: unknown, attributes: Message['MessageAttributes'] = {}): Message => ({
  MessageId: `m${n}`,
  ReceiptHandle: `r${n}`,
  Body: JSON.stringify(body),
  MessageAttributes: attributes,
});

describe('pnpm redrive --aws', () => {
  it('knows each of the stack’s queues by the name CDK gives it', () => {
    expect(queueKind(url('Lantern-prod-NotificationssendIntakeReceivedDlq1A2B-xyz'))).toBe('rule');
    expect(queueKind(url('Lantern-prod-BusDlq3C4D-xyz'))).toBe('bus');
    expect(queueKind(url('Lantern-prod-IntakeStreamFailures5E6F-xyz'))).toBe('stream');
    expect(queueKind(url('Lantern-prod-Something-xyz'))).toBeNull();
  });

  it('sends each dead letter back to its target once, and deletes it only then', async () => {
    // Prepare: the same event twice on a rule's DLQ (EventBridge delivers at least once)
    const target = 'arn:aws:lambda:eu-west-1:123456789012:function:send';
    const attributes = { TARGET_ARN: { DataType: 'String', StringValue: target } };
    const account = fakeAccount({
      [url('Lantern-prod-NotificationsRuleDlq-abc')]: [
        message(1, event('e1'), attributes),
        message(2, event('e1'), attributes),
      ],
      [url('Lantern-prod-BusDlq-abc')]: [
        message(3, event('e2'), {
          RULE_ARN: { DataType: 'String', StringValue: 'arn:aws:events:eu-west-1:1:rule/lantern-prod/x' },
        }),
      ],
    });

    // Act
    const reports = await redriveAws('prod', () => {}, account.clients);

    // Assess
    expect(account.invoked).toEqual([{ FunctionName: target, payload: event('e1') }]);
    expect(account.put).toEqual([expect.objectContaining({ EventBusName: 'lantern-prod', Source: 'lantern.intake' })]);
    expect(reports.map((r) => [r.kind, r.redriven, r.duplicates, r.failed])).toEqual([
      ['rule', 1, 1, 0],
      ['bus', 1, 0, 0],
    ]);
    expect(Object.values(account.queues).flat()).toEqual([]);
  });

  it('leaves a message it could not redrive on its queue, and says so', async () => {
    const attributes = { TARGET_ARN: { DataType: 'String', StringValue: 'arn:aws:lambda:eu-west-1:1:function:f' } };
    const account = fakeAccount(
      { [url('Lantern-prod-RuleDlq-abc')]: [message(1, event('e1'), attributes)] },
      { failInvoke: true },
    );

    const [report] = await redriveAws('prod', () => {}, account.clients);

    expect(report).toMatchObject({ redriven: 0, failed: 1 });
    expect(Object.values(account.queues).flat()).toHaveLength(1);
  });
});
