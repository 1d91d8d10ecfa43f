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

describe('a local cloud killed mid-burst', () => {
  const dataDir = mkdtempSync(join(tmpdir(), 'lantern-crash-'));
  let cloud: CloudProcess | undefined;
  afterAll(async () => {
    await cloud?.kill('SIGINT');
    rmSync(dataDir, { recursive: true, force: true });
  });

  it('emails every acknowledged intake exactly once after kill -9 and after Ctrl-C', async () => {
    // Each start loads every service's functions beside the test run's own cloud, on a shared machine.
    const start = () => spawnLocalCloud({ dataDir, readyTimeoutMs: 180_000 });
    cloud = await start();
    const crashed = await burstThenInterrupt(cloud.api, 'kill', () => (cloud as CloudProcess).kill('SIGKILL'));
    cloud = await start();
    const interrupted = await burstThenInterrupt(cloud.api, 'ctrl-c', () => (cloud as CloudProcess).kill('SIGINT'));
    cloud = await start();
    const owed = [...crashed.acknowledged, ...interrupted.acknowledged];

    const api = cloud.api;
    const deadline = Date.now() + 60_000;
    let counts = await emailCounts(api);
    while (owed.some((address) => !counts.has(address)) && Date.now() < deadline) {
      await new Promise((resolve) => setTimeout(resolve, 250));
      counts = await emailCounts(api);
    }

    expect(crashed.acknowledged.length).toBeGreaterThanOrEqual(KILL_AFTER);
    expect(interrupted.acknowledged.length).toBeGreaterThanOrEqual(KILL_AFTER);
    expect(owed.filter((address) => counts.get(address) !== 1)).toEqual([]);
    expect([...counts.values()].filter((count) => count > 1)).toEqual([]);
  }, 600_000);
});
