import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { cpus, tmpdir } from 'node:os';
import { join } from 'node:path';
import { DynamoDBClient, ListTablesCommand, paginateScan } from '@aws-sdk/client-dynamodb';
import { spawnLocalCloud } from '@lantern/dev';
import { emailCounts, sendIntakes } from './intake-load.js';

/**
 * `pnpm bench:crash`: kill -9 the local cloud during a burst of 200 intakes, start it again on the
 * same data folder, wait for the mail to settle, and count the intakes stored, emailed once,
 * emailed twice (or more) and never emailed. Writes bench/results/intake-crash.json.
 */
const BURST = Number(process.env.BENCH_BURST ?? 200);
const CONCURRENCY = 20;
const KILL_AFTER = Math.floor(BURST / 2);
const SETTLE_MS = 5_000;

const dataDir = mkdtempSync(join(tmpdir(), 'lantern-crash-bench-'));
const tag = `crash-${Date.now()}`;
let cloud = await spawnLocalCloud({ dataDir });
try {
  let killing: Promise<unknown> | undefined;
  const burst = await sendIntakes(cloud.api, {
    total: BURST,
    concurrency: CONCURRENCY,
    tag,
    onAck: (acknowledged) => {
      if (acknowledged >= KILL_AFTER) killing ??= cloud.kill('SIGKILL');
      return true;
    },
  });
  await killing;
  console.log(`Killed with SIGKILL after ${burst.acknowledged.length} acknowledged intakes; restarting…`);
  cloud = await spawnLocalCloud({ dataDir });

  const stored = await storedAddresses(cloud.api, tag);
  let counts = await emailCounts(cloud.api);
  let lastChange = performance.now();
  const deadline = performance.now() + 120_000;
  while (performance.now() - lastChange < SETTLE_MS && performance.now() < deadline) {
    await new Promise((resolve) => setTimeout(resolve, 250));
    const next = await emailCounts(cloud.api);
    if ([...next.values()].reduce((a, b) => a + b, 0) !== [...counts.values()].reduce((a, b) => a + b, 0)) {
      lastChange = performance.now();
    }
    counts = next;
  }
  const countOf = (address: string) => counts.get(address) ?? 0;
  const results = {
    measuredAt: new Date().toISOString(),
    machine: { node: process.version, cpus: cpus().length },
    burst: BURST,
    concurrency: CONCURRENCY,
    killedAfterAcknowledged: KILL_AFTER,
    acknowledged: burst.acknowledged.length,
    stored: stored.size,
    emailedOnce: [...stored].filter((a) => countOf(a) === 1).length,
    emailedTwiceOrMore: [...stored].filter((a) => countOf(a) > 1).length,
    neverEmailed: [...stored].filter((a) => countOf(a) === 0).length,
    acknowledgedNotStored: burst.acknowledged.filter((a) => !stored.has(a)).length,
  };
  console.table([results]);
  mkdirSync(new URL('../../bench/results/', import.meta.url), { recursive: true });
  writeFileSync(
    new URL('../../bench/results/intake-crash.json', import.meta.url),
    `${JSON.stringify(results, null, 2)}\n`,
  );
  console.log('Wrote bench/results/intake-crash.json');
} finally {
  await cloud.kill('SIGINT');
  rmSync(dataDir, { recursive: true, force: true });
}

/** Addresses of this burst found in any table: the intakes that were stored, answered or not. */
async function storedAddresses(api: string, prefix: string): Promise<Set<string>> {
  const { dynamodb } = (await (await fetch(`${api}/_local/endpoints`)).json()) as { dynamodb: string };
  const client = new DynamoDBClient({
    endpoint: dynamodb,
    region: 'us-east-1',
    credentials: { accessKeyId: 'local', secretAccessKey: 'local' },
  });
  const found = new Set<string>();
  const { TableNames = [] } = await client.send(new ListTablesCommand({}));
  for (const table of TableNames.filter((name) => name.includes('intake'))) {
    for await (const page of paginateScan({ client }, { TableName: table })) {
      for (const item of page.Items ?? []) {
        const text = JSON.stringify(item);
        for (const match of text.matchAll(new RegExp(`${prefix}-\\d+@example\\.net`, 'g'))) found.add(match[0]);
      }
    }
  }
  client.destroy();
  return found;
}
