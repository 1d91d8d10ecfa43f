import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { EXAMPLE_INTAKE } from '@lantern/contracts';
import { type CloudProcess, spawnLocalCloud } from '@lantern/dev';
import { afterAll, describe, expect, it } from 'vitest';

/** Intakes in flight at once; the kill comes once `KILL_AFTER` were acknowledged, with more still in flight. */
const CONCURRENCY = 8;
const KILL_AFTER = 15;
/** A bound on the burst, should the cloud refuse everything. */
const MAX_SENT = 200;

interface Burst {
  /** Addresses whose intake got a 201: each is stored and must be emailed exactly once. */
  acknowledged: string[];
}

/** Sends intakes until `KILL_AFTER` are acknowledged, then `interrupt`s the cloud with the rest in flight. */
async function burstThenInterrupt(api: string, tag: string, interrupt: () => Promise<unknown>): Promise<Burst> {
  const acknowledged: string[] = [];
  let sent = 0;
  let interrupting: Promise<unknown> | undefined;
  const worker = async () => {
    while (!interrupting && sent < MAX_SENT) {
      const email = `crash-${tag}-${sent++}@example.net`;
      try {
        const response = await fetch(`${api}/intakes`, {
          method: 'POST',
          headers: { 'content-type': 'application/json' },
          body: JSON.stringify({ ...EXAMPLE_INTAKE, email }),
        });
        if (response.status === 201) acknowledged.push(email);
      } catch {
        // Connection cut by the kill: not acknowledged, so nothing is owed for it.
      }
      if (acknowledged.length >= KILL_AFTER) interrupting ??= interrupt();
    }
  };
  await Promise.all(Array.from({ length: CONCURRENCY }, worker));
  await (interrupting ?? interrupt());
  return { acknowledged };
}

async function emailCounts(api: string): Promise<Map<string, number>> {
  const response = await fetch(`${api}/_local/emails`);
  const { items } = (await response.json()) as { items: { to: string[] }[] };
  const counts = new Map<string, number>();
  for (const email of items) for (const to of email.to) counts.set(to, (counts.get(to) ?? 0) + 1);
  return counts;
}

/** What a failure needs to be understood: the dead letters, given-up stream batches and each run's last lines. */
async function diagnostics(api: string, runs: CloudProcess[]): Promise<string> {
  const read = async (path: string) => JSON.stringify(await (await fetch(`${api}${path}`)).json());
  const notable = /dead-letter|fail|timed out|error|warn|in flight|already|resuming|stopping/i;
  const outputs = runs.map(
    (run, index) =>
      `run ${index + 1}:\n${run.output
        .filter((line) => notable.test(line))
        .slice(-80)
        .join('\n')}`,
  );
  return [
    `dead letters: ${await read('/_local/dlq')}`,
    `stream failures: ${await read('/_local/stream-failures')}`,
    ...outputs,
  ].join('\n');
}

describe('a local cloud killed mid-burst', () => {
  const dataDir = mkdtempSync(join(tmpdir(), 'lantern-crash-'));
  let cloud: CloudProcess | undefined;
  afterAll(async () => {
    await cloud?.kill('SIGINT');
    rmSync(dataDir, { recursive: true, force: true });
  });

  it('emails every acknowledged intake exactly once after kill -9 and after Ctrl-C', async () => {
    // Each start loads every service's functions beside the test run's own cloud, on a shared machine.
    const runs: CloudProcess[] = [];
    const start = async () => {
      const started = await spawnLocalCloud({ dataDir, readyTimeoutMs: 180_000 });
      runs.push(started);
      return started;
    };
    cloud = await start();
    const crashed = await burstThenInterrupt(cloud.api, 'kill', () => (cloud as CloudProcess).kill('SIGKILL'));
    cloud = await start();
    const interrupted = await burstThenInterrupt(cloud.api, 'ctrl-c', () => (cloud as CloudProcess).kill('SIGINT'));
    cloud = await start();
    const owed = [...crashed.acknowledged, ...interrupted.acknowledged];

    const api = cloud.api;
    // Generous: on a loaded machine a delivery cut off mid-way waits out its lease before it is retried.
    const deadline = Date.now() + 120_000;
    let counts = await emailCounts(api);
    while (owed.some((address) => !counts.has(address)) && Date.now() < deadline) {
      await new Promise((resolve) => setTimeout(resolve, 250));
      counts = await emailCounts(api);
    }

    expect(crashed.acknowledged.length).toBeGreaterThanOrEqual(KILL_AFTER);
    expect(interrupted.acknowledged.length).toBeGreaterThanOrEqual(KILL_AFTER);
    // Owed: exactly one email each. Cut off before its 201: stored or not, so none or one.
    const wrong = [...new Set([...owed, ...counts.keys()])]
      .filter((address) => (owed.includes(address) ? counts.get(address) !== 1 : (counts.get(address) ?? 0) > 1))
      .map((address) => `${address}: ${counts.get(address) ?? 0} email(s)`);
    expect(wrong, wrong.length ? await diagnostics(api, runs) : '').toEqual([]);
  }, 600_000);
});
