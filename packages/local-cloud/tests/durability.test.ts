import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { type DynamoDBClient, PutItemCommand } from '@aws-sdk/client-dynamodb';
import { EventBridgeClient, PutEventsCommand } from '@aws-sdk/client-eventbridge';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { LocalCloud } from '../src/options.js';
import { clientConfig, dynamo, eventually, getItem, startFixtureCloud } from './fixtures/cloud.js';

const dataDir = mkdtempSync(join(tmpdir(), 'lantern-durable-'));
let cloud: LocalCloud;
let db: DynamoDBClient;
let table: string;

const start = async () => {
  ({ cloud } = await startFixtureCloud({ dataDir, functionConcurrency: 4 }));
  db?.destroy();
  db = dynamo(cloud);
  table = cloud.config.LANTERN_TABLE_FIXTURE_MAIN as string;
};

beforeAll(start, 120_000);
afterAll(async () => {
  db?.destroy();
  await cloud?.stop();
  rmSync(dataDir, { recursive: true, force: true });
});

const local = async <T>(path: string, method = 'GET'): Promise<T> =>
  (await (await fetch(`${cloud.urls.api}/_local/${path}`, { method })).json()) as T;

async function putPing(detail: Record<string, unknown>): Promise<string> {
  const events = new EventBridgeClient({ ...clientConfig(cloud), endpoint: cloud.urls.eventbridge });
  const result = await events.send(
    new PutEventsCommand({
      Entries: [
        {
          EventBusName: cloud.config.LANTERN_EVENT_BUS,
          Source: 'lantern.fixture',
          DetailType: 'Ping',
          Detail: JSON.stringify(detail),
        },
      ],
    }),
  );
  events.destroy();
  return result.Entries?.[0]?.EventId as string;
}

/** The listening sockets of /proc/net/tcp{,6}: local address (hex, as the kernel writes it) and port. */
function listeningSockets(): { address: string; port: number }[] {
  return ['/proc/net/tcp', '/proc/net/tcp6'].flatMap((file) =>
    readFileSync(file, 'utf8')
      .split('\n')
      .slice(1)
      .map((line) => line.trim().split(/\s+/))
      .filter((fields) => fields[3] === '0A')
      .map((fields) => {
        const [address = '', port = ''] = (fields[1] ?? '').split(':');
        return { address, port: Number.parseInt(port, 16) };
      }),
  );
}

const LOOPBACK = new Set([
  '0100007F', // 127.0.0.1
  '00000000000000000000000001000000', // ::1
  '0000000000000000FFFF00000100007F', // ::ffff:127.0.0.1
]);

describe('the local cloud on a laptop', () => {
  it('listens on the loopback interface only, DynamoDB Local included', () => {
    const ports = [
      cloud.urls.api,
      cloud.urls.dynamodb,
      cloud.urls.eventbridge,
      cloud.urls.sesv2,
      cloud.urls.scheduler,
    ].map((url) => Number(new URL(url).port));
    const ours = listeningSockets().filter((socket) => ports.includes(socket.port));

    expect(new Set(ours.map((socket) => socket.port))).toEqual(new Set(ports));
    expect(ours.filter((socket) => !LOOPBACK.has(socket.address))).toEqual([]);
  });

  it('starts more sandboxes for a function while requests queue, up to its limit', async () => {
    const results = await Promise.all(
      Array.from({ length: 16 }, () => cloud.invoke('lantern-fixture-sandboxId', { ms: 300 })),
    );

    const sandboxes = new Set(results.map((result) => (result.value as { sandbox: number }).sandbox));
    expect(results.every((result) => result.ok)).toBe(true);
    expect(sandboxes.size).toBeGreaterThanOrEqual(3);
    expect(sandboxes.size).toBeLessThanOrEqual(4);
  });

  it('runs a sandbox without this process’s Node options, as Lambda runs a plain bundle', async () => {
    // Prepare: this process runs with options (vitest's; `pnpm dev` has `--import tsx`).
    expect(process.execArgv.length).toBeGreaterThan(0);

    // Act
    const result = await cloud.invoke('lantern-fixture-sandboxId', {});

    // Assess: inherited, `--import tsx` hooked every import of a bundle and tripled its load.
    expect(result.ok && (result.value as { execArgv: string[] }).execArgv).toEqual([]);
  });
});

describe('dead letters and stream failures', () => {
  it('keeps dead letters across a restart, and redrives each exactly once', async () => {
    const marker = `redrive-${Date.now()}`;
    const eventId = await putPing({ failUntilHealed: true, marker });
    await eventually(async () =>
      (await local<{ items: { event: { id: string } }[] }>('dlq')).items.some((l) => l.event.id === eventId),
    );

    await cloud.stop();
    await start();
    const kept = await local<{ items: { event: { id: string } }[] }>('dlq');
    await db.send(new PutItemCommand({ TableName: table, Item: { pk: { S: `HEALED#${marker}` } } }));
    const [first, second] = [
      await local<{ deadLetters: number }>('redrive', 'POST'),
      await local<{ deadLetters: number }>('redrive', 'POST'),
    ];
    const done = await eventually(() => getItem(db, table, `DONE#${eventId}#lantern-fixture-onPing`));

    expect(kept.items.map((letter) => letter.event.id)).toContain(eventId);
    expect(first.deadLetters).toBeGreaterThanOrEqual(1);
    expect(second.deadLetters).toBe(0);
    expect(done.deliveries?.N).toBe('1');
    expect((await local<{ items: { event: { id: string } }[] }>('dlq')).items.map((l) => l.event.id)).not.toContain(
      eventId,
    );
  }, 120_000);

  it('redrives a stream batch the consumer gave up on, once', async () => {
    const pk = `OUT#redrive-${Date.now()}`;
    await db.send(
      new PutItemCommand({ TableName: table, Item: { pk: { S: pk }, behaviour: { S: 'throwUntilHealed' } } }),
    );
    const failed = await eventually(async () =>
      (
        await local<{ items: { records: { dynamodb: { Keys: { pk: { S: string } } } }[] }[] }>('stream-failures')
      ).items.find((item) => item.records.some((record) => record.dynamodb.Keys.pk.S === pk)),
    );

    await db.send(new PutItemCommand({ TableName: table, Item: { pk: { S: `HEALED#${pk}` } } }));
    const first = await local<{ streamFailures: number }>('redrive', 'POST');
    const second = await local<{ streamFailures: number }>('redrive', 'POST');
    const left = await local<{ items: unknown[] }>('stream-failures');

    expect(failed.records).toHaveLength(1);
    expect(first.streamFailures).toBeGreaterThanOrEqual(1);
    expect(second.streamFailures).toBe(0);
    expect(left.items).toEqual([]);
  }, 60_000);
});
