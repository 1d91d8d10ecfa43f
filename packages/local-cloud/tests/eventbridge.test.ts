import type { DynamoDBClient } from '@aws-sdk/client-dynamodb';
import {
  EventBridgeClient,
  ListRulesCommand,
  PutEventsCommand,
  TestEventPatternCommand,
} from '@aws-sdk/client-eventbridge';
import {
  CreateScheduleCommand,
  DeleteScheduleCommand,
  GetScheduleCommand,
  paginateListSchedules,
  SchedulerClient,
} from '@aws-sdk/client-scheduler';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { LocalCloud } from '../src/options.js';
import { clientConfig, dynamo, eventually, getItem, startFixtureCloud } from './fixtures/cloud.js';

let cloud: LocalCloud;
let events: EventBridgeClient;
let db: DynamoDBClient;
let table: string;

beforeAll(async () => {
  ({ cloud } = await startFixtureCloud());
  events = new EventBridgeClient({ ...clientConfig(cloud), endpoint: cloud.urls.eventbridge, maxAttempts: 1 });
  db = dynamo(cloud);
  table = cloud.config.LANTERN_TABLE_FIXTURE_MAIN as string;
}, 60_000);

afterAll(async () => {
  events?.destroy();
  db?.destroy();
  await cloud?.stop();
});

const entry = (detailType: string, detail: Record<string, unknown>) => ({
  EventBusName: cloud.config.LANTERN_EVENT_BUS,
  Source: 'lantern.fixture',
  DetailType: detailType,
  Detail: JSON.stringify(detail),
});

const seen = (eventId: string, fn: string) => getItem(db, table, `SEEN#${eventId}#lantern-fixture-${fn}`);

async function localList<T>(path: string): Promise<T[]> {
  return ((await (await fetch(`${cloud.urls.api}/_local/${path}`)).json()) as { items: T[] }).items;
}

describe('the event bus', () => {
  it('routes a PutEvents entry to the function whose rule matches, and not to the others', async () => {
    // Act
    const result = await events.send(new PutEventsCommand({ Entries: [entry('Ping', { marker: 'ping' })] }));
    const eventId = result.Entries?.[0]?.EventId as string;

    // Assess
    expect(result.FailedEntryCount).toBe(0);
    const item = await eventually(() => seen(eventId, 'onPing'));
    expect(item.marker?.S).toBe('ping');
    expect(await seen(eventId, 'onPong')).toBeUndefined();
  });

  it('applies content filters: only a Pong with a size over 10 reaches its subscriber', async () => {
    // Act
    const result = await events.send(
      new PutEventsCommand({ Entries: [entry('Pong', { size: 3 }), entry('Pong', { size: 30 })] }),
    );
    const [small, big] = (result.Entries ?? []).map((e) => e.EventId as string) as [string, string];

    // Assess
    await eventually(() => seen(big, 'onPong'));
    expect(await seen(small, 'onPong')).toBeUndefined();
  });

  it('answers a per-entry error for a bad entry and still accepts the good ones', async () => {
    // Act
    const result = await events.send(
      new PutEventsCommand({
        Entries: [
          entry('Ping', { marker: 'good' }),
          { ...entry('Ping', {}), Detail: 'not json' },
          { ...entry('Ping', {}), Source: undefined },
          { ...entry('Ping', {}), EventBusName: 'no-such-bus' },
        ],
      }),
    );

    // Assess
    expect(result.FailedEntryCount).toBe(3);
    expect(result.Entries?.[0]?.EventId).toMatch(/^[0-9a-f-]{36}$/);
    expect(result.Entries?.slice(1).map((e) => e.ErrorCode)).toEqual([
      'MalformedDetail',
      'InvalidArgument',
      'NotFoundException',
    ]);
  });

  it('archives every accepted event, newest first', async () => {
    // Prepare
    const result = await events.send(new PutEventsCommand({ Entries: [entry('Archived', { n: 1 })] }));

    // Act
    const archive = await localList<{ id: string; source: string; 'detail-type': string; detail: unknown }>('events');

    // Assess
    expect(archive[0]).toMatchObject({
      id: result.Entries?.[0]?.EventId,
      source: 'lantern.fixture',
      'detail-type': 'Archived',
      detail: { n: 1 },
    });
    expect(await localList('events?limit=1')).toEqual([archive[0]]);
  });

  it('retries a failing target with backoff, then dead-letters the event with the last error', async () => {
    // Act
    const result = await events.send(new PutEventsCommand({ Entries: [entry('Ping', { fail: true, marker: 'x' })] }));
    const eventId = result.Entries?.[0]?.EventId as string;

    // Assess: three attempts (the fixture cloud's maxAttempts), then the dead-letter list.
    const letter = await eventually(async () =>
      (
        await localList<{
          event: { id: string };
          target: { function: string };
          error: { message: string };
          attempts: number;
        }>('dlq')
      ).find((l) => l.event.id === eventId),
    );
    expect(letter.target.function).toBe('lantern-fixture-onPing');
    expect(letter.error.message).toContain(`refusing ${eventId}`);
    expect(letter.attempts).toBe(3);
  });

  it('lists its rules and tests patterns for tools such as the AWS CLI', async () => {
    // Act
    const rules = await events.send(new ListRulesCommand({ EventBusName: cloud.config.LANTERN_EVENT_BUS }));
    const test = await events.send(
      new TestEventPatternCommand({
        EventPattern: JSON.stringify({ source: ['a'] }),
        Event: JSON.stringify({ id: '1', source: 'a', 'detail-type': 'x', detail: {} }),
      }),
    );

    // Assess
    expect(rules.Rules?.map((r) => r.Name)).toEqual([
      'lantern-fixture-PingToRecorder',
      'lantern-fixture-BigPongToRecorder',
    ]);
    expect(test.Result).toBe(true);
  });
});

describe('fault injection', () => {
  const arm = (body: Record<string, unknown>) =>
    fetch(`${cloud.urls.api}/_local/faults`, { method: 'POST', body: JSON.stringify(body) });

  it('fails the next PutEvents call with a 500, then lets calls through again', async () => {
    // Prepare
    await arm({ target: 'eventbridge:PutEvents', mode: 'error', count: 1 });

    // Act
    const failed = await events.send(new PutEventsCommand({ Entries: [entry('Ping', {})] })).catch((e: Error) => e);
    const passed = await events.send(new PutEventsCommand({ Entries: [entry('Ping', {})] }));

    // Assess
    expect(failed).toBeInstanceOf(Error);
    expect((failed as { $metadata?: { httpStatusCode?: number } }).$metadata?.httpStatusCode).toBe(500);
    expect(passed.FailedEntryCount).toBe(0);
  });

  it('drops the connection when asked to reset, and DELETE clears armed faults', async () => {
    // Prepare
    await arm({ target: 'eventbridge:PutEvents', mode: 'reset', count: 5 });

    // Act
    const reset = await events.send(new PutEventsCommand({ Entries: [entry('Ping', {})] })).catch((e: Error) => e);
    await fetch(`${cloud.urls.api}/_local/faults`, { method: 'DELETE' });
    const passed = await events.send(new PutEventsCommand({ Entries: [entry('Ping', {})] }));

    // Assess
    expect(reset).toBeInstanceOf(Error);
    expect((reset as { $metadata?: { httpStatusCode?: number } }).$metadata?.httpStatusCode).toBeUndefined();
    expect(passed.FailedEntryCount).toBe(0);
  });

  it('refuses an unknown fault target with 400 problem+json', async () => {
    // Act
    const response = await arm({ target: 'dynamodb:PutItem', mode: 'error', count: 1 });

    // Assess
    expect(response.status).toBe(400);
    expect(response.headers.get('content-type')).toBe('application/problem+json');
  });
});

describe('the scheduler', () => {
  const scheduler = () =>
    new SchedulerClient({ ...clientConfig(cloud), endpoint: cloud.urls.scheduler, maxAttempts: 1 });
  const inSeconds = (seconds: number) => new Date(Date.now() + seconds * 1000).toISOString().slice(0, 19);

  it('fires a one-time schedule on time to the bus, then deletes it', async () => {
    // Prepare
    const client = scheduler();
    const marker = `scheduled-${Date.now()}`;

    // Act
    await client.send(
      new CreateScheduleCommand({
        Name: 'remind-once',
        // `at()` drops the milliseconds; 3 s leaves a busy machine time to read the schedule back first.
        ScheduleExpression: `at(${inSeconds(3)})`,
        ScheduleExpressionTimezone: 'UTC',
        FlexibleTimeWindow: { Mode: 'OFF' },
        ActionAfterCompletion: 'DELETE',
        Target: {
          Arn: `arn:aws:events:us-east-1:000000000000:event-bus/${cloud.config.LANTERN_EVENT_BUS}`,
          RoleArn: 'arn:aws:iam::000000000000:role/scheduler',
          EventBridgeParameters: { Source: 'lantern.fixture', DetailType: 'Ping' },
          Input: JSON.stringify({ marker }),
        },
      }),
    );
    const before = await client.send(new GetScheduleCommand({ Name: 'remind-once' }));

    // Assess
    expect(before.ScheduleExpression).toMatch(/^at\(/);
    const fired = await eventually(async () =>
      (await localList<{ id: string; detail: { marker?: string } }>('events')).find((e) => e.detail.marker === marker),
    );
    await eventually(() => seen(fired.id, 'onPing'));
    await expect(client.send(new GetScheduleCommand({ Name: 'remind-once' }))).rejects.toMatchObject({
      name: 'ResourceNotFoundException',
    });
    client.destroy();
  });

  it('fires a one-time schedule to a function named by its ARN, with the Input as its event', async () => {
    // Prepare
    const client = scheduler();
    const id = `direct-${Date.now()}`;

    // Act
    await client.send(
      new CreateScheduleCommand({
        Name: 'to-function',
        ScheduleExpression: `at(${inSeconds(1)})`,
        FlexibleTimeWindow: { Mode: 'OFF' },
        Target: {
          Arn: 'arn:aws:lambda:us-east-1:000000000000:function:lantern-fixture-onPing',
          RoleArn: 'arn:aws:iam::000000000000:role/scheduler',
          Input: JSON.stringify({ id, detail: { marker: 'direct' } }),
        },
      }),
    );

    // Assess: it fired, and without ActionAfterCompletion=DELETE the schedule stays.
    const item = await eventually(() => seen(id, 'onPing'));
    expect(item.marker?.S).toBe('direct');
    expect((await client.send(new GetScheduleCommand({ Name: 'to-function' }))).Name).toBe('to-function');
    client.destroy();
  });

  it('deletes a schedule before it fires, and refuses expressions it cannot run', async () => {
    // Prepare
    const client = scheduler();
    const base = {
      FlexibleTimeWindow: { Mode: 'OFF' as const },
      Target: { Arn: 'lantern-fixture-onPing', RoleArn: 'arn:aws:iam::000000000000:role/x', Input: '{}' },
    };

    // Act
    await client.send(
      new CreateScheduleCommand({ ...base, Name: 'later', ScheduleExpression: `at(${inSeconds(3600)})` }),
    );
    await client.send(new DeleteScheduleCommand({ Name: 'later' }));
    const rate = client.send(
      new CreateScheduleCommand({ ...base, Name: 'rate', ScheduleExpression: 'rate(5 minutes)' }),
    );

    // Assess
    await expect(client.send(new GetScheduleCommand({ Name: 'later' }))).rejects.toMatchObject({
      name: 'ResourceNotFoundException',
    });
    await expect(rate).rejects.toMatchObject({ name: 'ValidationException' });
    client.destroy();
  });
  it('lists schedules by group page by page, and reads one back by its group', async () => {
    // Prepare: three in one group, one of the same name in another.
    const client = scheduler();
    const base = {
      ScheduleExpression: `at(${inSeconds(3600)})`,
      FlexibleTimeWindow: { Mode: 'OFF' as const },
      Target: { Arn: 'lantern-fixture-onPing', RoleArn: 'arn:aws:iam::000000000000:role/x', Input: '{"secret":1}' },
    };
    for (const name of ['reminder-c', 'reminder-a', 'reminder-b']) {
      await client.send(new CreateScheduleCommand({ ...base, Name: name, GroupName: 'listing' }));
    }
    await client.send(new CreateScheduleCommand({ ...base, Name: 'reminder-a', GroupName: 'elsewhere' }));

    // Act
    const names: string[] = [];
    const pages = paginateListSchedules({ client, pageSize: 2 }, { GroupName: 'listing', NamePrefix: 'reminder-' });
    let pageCount = 0;
    for await (const page of pages) {
      pageCount += 1;
      for (const summary of page.Schedules ?? []) {
        expect(summary.Target).toEqual({ Arn: 'lantern-fixture-onPing' });
        names.push(`${summary.GroupName}/${summary.Name}`);
      }
    }
    const one = await client.send(new GetScheduleCommand({ Name: 'reminder-a', GroupName: 'elsewhere' }));
    const missing = client.send(new GetScheduleCommand({ Name: 'reminder-c', GroupName: 'elsewhere' }));

    // Assess
    expect(names).toEqual(['listing/reminder-a', 'listing/reminder-b', 'listing/reminder-c']);
    expect(pageCount).toBe(2);
    expect(one).toMatchObject({ Name: 'reminder-a', GroupName: 'elsewhere', State: 'ENABLED' });
    expect(one.Arn).toMatch(/:schedule\/elsewhere\/reminder-a$/);
    await expect(missing).rejects.toMatchObject({ name: 'ResourceNotFoundException' });
    client.destroy();
  });
});
