import { DescribeTableCommand, type DynamoDBClient, PutItemCommand } from '@aws-sdk/client-dynamodb';
import { SESv2Client, SendEmailCommand } from '@aws-sdk/client-sesv2';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ensureTable } from '../src/dynamodb/tables.js';
import type { LocalCloud } from '../src/options.js';
import { clientConfig, dynamo, eventually, itemsWithPrefix, startFixtureCloud } from './fixtures/cloud.js';
import { fixtureManifest } from './fixtures/manifests.js';

let cloud: LocalCloud;
let db: DynamoDBClient;
let table: string;

beforeAll(async () => {
  ({ cloud } = await startFixtureCloud());
  db = dynamo(cloud);
  table = cloud.config.LANTERN_TABLE_FIXTURE_MAIN as string;
}, 60_000);

afterAll(async () => {
  db?.destroy();
  await cloud?.stop();
});

const put = (pk: string, behaviour = 'ok') =>
  db.send(new PutItemCommand({ TableName: table, Item: { pk: { S: pk }, behaviour: { S: behaviour } } }));

/** Every batch the consumer received whose records carry `tag`, as lists of partition keys. */
async function batchesWith(tag: string): Promise<string[][]> {
  const batches = await itemsWithPrefix(db, table, 'BATCH#');
  return batches
    .map((item) => ({ pks: JSON.parse(item.pks?.S ?? '[]') as string[], at: item.pk?.S ?? '' }))
    .filter((batch) => batch.pks.some((pk) => pk.includes(tag)))
    .sort((a, b) => a.at.localeCompare(b.at))
    .map((batch) => batch.pks);
}

describe('the stream poller', () => {
  it('feeds the consumer only records whose partition key has its prefix, in batches of its size', async () => {
    // Prepare
    const tag = `filter${Date.now()}`;

    // Act: six outbox-like items, and others the filter keeps out.
    for (let n = 1; n <= 6; n++) await put(`OUT#${tag}#${n}`);
    await put(`OTHER#${tag}`);

    // Assess
    const batches = await eventually(async () => {
      const found = await batchesWith(tag);
      return found.flat().length >= 6 ? found : undefined;
    });
    expect(batches.flat()).toEqual([1, 2, 3, 4, 5, 6].map((n) => `OUT#${tag}#${n}`));
    expect(Math.max(...batches.map((b) => b.length))).toBeLessThanOrEqual(4);
  });

  it('writes through a function reach its stream consumer too (the outbox path)', async () => {
    // Prepare
    const pk = `OUT#via-api-${Date.now()}`;

    // Act
    const response = await fetch(`${cloud.urls.api}/items`, { method: 'POST', body: JSON.stringify({ pk }) });

    // Assess
    expect(response.status).toBe(201);
    await eventually(async () => (await batchesWith(pk)).length > 0 || undefined);
  });

  it('bisects a batch whose invocation fails and gives up only the poison record', async () => {
    // Prepare
    const tag = `poison${Date.now()}`;
    await put(`OUT#${tag}#1`);
    await put(`OUT#${tag}#2`, 'throw');
    await put(`OUT#${tag}#3`);

    // Act: wait until the poison record has been given up.
    const failure = await eventually(async () => {
      const response = await fetch(`${cloud.urls.api}/_local/stream-failures`);
      const { items } = (await response.json()) as {
        items: { functionName: string; records: { dynamodb: { NewImage: { pk: { S: string } } } }[] }[];
      };
      return items.find((item) => item.records.some((r) => r.dynamodb.NewImage.pk.S.includes(tag)));
    });

    // Assess: the good records were delivered on their own, the poison record alone was given up.
    expect(failure.functionName).toBe('lantern-fixture-consumer');
    expect(failure.records.map((r) => r.dynamodb.NewImage.pk.S)).toEqual([`OUT#${tag}#2`]);
    const alone = (await batchesWith(tag)).filter((batch) => batch.length === 1).flat();
    expect(alone).toContain(`OUT#${tag}#2`);
    await eventually(async () => (await batchesWith(tag)).flat().includes(`OUT#${tag}#3`) || undefined);
  });

  it('retries from a reported batch item failure, keeping what came before it', async () => {
    // Prepare
    const tag = `partial${Date.now()}`;

    // Act
    await put(`OUT#${tag}#1`);
    await put(`OUT#${tag}#2`, 'report');
    await put(`OUT#${tag}#3`);

    // Assess: record 2 is retried (with 3 after it), record 1 is never sent again after success.
    await eventually(async () => {
      const retried = (await batchesWith(tag)).filter((batch) => batch[0] === `OUT#${tag}#2`);
      return retried.length >= 2 || undefined;
    });
    const batches = await batchesWith(tag);
    const firstOnes = batches.flat().filter((pk) => pk === `OUT#${tag}#1`);
    expect(firstOnes).toHaveLength(1);
  });
});

describe('table creation', () => {
  it('is idempotent on a warm start and adds an index a manifest gained since', async () => {
    // Prepare: the table exists (the cloud created it); the manifest now declares one more index.
    const spec = fixtureManifest.tables.main;
    const grown = {
      service: 'fixture',
      logicalName: 'main',
      physicalName: table,
      spec: {
        ...spec,
        indexes: [...(spec.indexes ?? []), { name: 'byMarker', partitionKey: { name: 'marker', type: 'S' as const } }],
      },
    };

    // Act
    await ensureTable(db, grown);
    await ensureTable(db, grown);
    const { Table } = await db.send(new DescribeTableCommand({ TableName: table }));

    // Assess
    expect(Table?.GlobalSecondaryIndexes?.map((index) => index.IndexName).sort()).toEqual(['byMarker', 'byTarget']);
    expect(Table?.StreamSpecification).toMatchObject({ StreamEnabled: true, StreamViewType: 'NEW_IMAGE' });
  });
});

describe('SES capture', () => {
  const ses = () => new SESv2Client({ ...clientConfig(cloud), endpoint: cloud.urls.sesv2, maxAttempts: 1 });

  it('captures what the real SESv2Client sends and lists it newest first in /_local/emails', async () => {
    // Prepare
    const client = ses();
    const subject = `Hello ${Date.now()}`;

    // Act
    const sent = await client.send(
      new SendEmailCommand({
        FromEmailAddress: 'hello@lantern.example.org',
        Destination: { ToAddresses: ['client@example.org'] },
        Content: {
          Simple: {
            Subject: { Data: subject },
            Body: { Text: { Data: 'We received your request.' }, Html: { Data: '<p>We received your request.</p>' } },
            Attachments: [
              { FileName: 'invite.ics', ContentType: 'text/calendar', RawContent: Buffer.from('BEGIN:VCALENDAR') },
            ],
          },
        },
      }),
    );
    const { items } = (await (await fetch(`${cloud.urls.api}/_local/emails`)).json()) as {
      items: Record<string, unknown>[];
    };

    // Assess
    expect(items[0]).toMatchObject({
      messageId: sent.MessageId,
      from: 'hello@lantern.example.org',
      to: ['client@example.org'],
      subject,
      text: 'We received your request.',
      html: '<p>We received your request.</p>',
      attachments: [{ filename: 'invite.ics', contentType: 'text/calendar' }],
    });
    expect(new Date(items[0]?.sentAt as string).getTime()).toBeGreaterThan(Date.now() - 60_000);
    const newest = (await (await fetch(`${cloud.urls.api}/_local/emails?limit=1`)).json()) as { items: unknown[] };
    expect(newest.items).toEqual([items[0]]);
    client.destroy();
  });

  it('fails the next SendEmail when a fault is armed, and captures nothing for it', async () => {
    // Prepare
    const client = ses();
    await fetch(`${cloud.urls.api}/_local/faults`, {
      method: 'POST',
      body: JSON.stringify({ target: 'sesv2:SendEmail', mode: 'error', count: 1 }),
    });
    const before = ((await (await fetch(`${cloud.urls.api}/_local/emails`)).json()) as { items: unknown[] }).items
      .length;

    // Act
    const failed = await client
      .send(
        new SendEmailCommand({
          FromEmailAddress: 'hello@lantern.example.org',
          Destination: { ToAddresses: ['client@example.org'] },
          Content: { Simple: { Subject: { Data: 'x' }, Body: { Text: { Data: 'x' } } } },
        }),
      )
      .catch((error: Error) => error);
    const after = ((await (await fetch(`${cloud.urls.api}/_local/emails`)).json()) as { items: unknown[] }).items
      .length;

    // Assess
    expect(failed).toBeInstanceOf(Error);
    expect(after).toBe(before);
    client.destroy();
  });
});
