import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { cpus, tmpdir } from 'node:os';
import { join } from 'node:path';
import { spawnLocalCloud } from '@lantern/dev';
import { emailCounts, sendIntakes } from './intake-load.js';
import { round, summarise } from './stats.js';

/**
 * `pnpm bench:intake`: intake throughput and latency on the local cloud at concurrency 1, 5, 20
 * and 50 in one run (DESIGN §6: concurrency 20 ≥ 2× concurrency 1), each level repeated, medians
 * reported; then one intake profiled end to end. The cloud runs in its own process (as `pnpm dev`
 * does) on a fresh data folder. Writes bench/results/intake-throughput.json.
 */
const LEVELS = [1, 5, 20, 50];
const RUNS = Number(process.env.BENCH_RUNS ?? 3);
const PER_LEVEL = Number(process.env.BENCH_INTAKES ?? 100);
const PROFILE_INTAKES = Number(process.env.BENCH_PROFILE_INTAKES ?? 20);

const dataDir = mkdtempSync(join(tmpdir(), 'lantern-bench-'));
const cloud = await spawnLocalCloud({ dataDir });
try {
  console.log('Warming the sandboxes (a burst at concurrency 50)…');
  await sendIntakes(cloud.api, { total: 100, concurrency: 50, tag: `warm-${Date.now()}` });

  const runs: Record<number, { throughput: number; p50: number; p95: number; failures: number }[]> = {};
  for (let run = 1; run <= RUNS; run += 1) {
    for (const concurrency of LEVELS) {
      const result = await sendIntakes(cloud.api, {
        total: PER_LEVEL,
        concurrency,
        tag: `bench-${run}-${concurrency}-${Date.now()}`,
      });
      const latency = summarise(result.latenciesMs);
      const throughput = round(result.acknowledged.length / (result.elapsedMs / 1000));
      runs[concurrency] = [
        ...(runs[concurrency] ?? []),
        { throughput, p50: latency.median, p95: latency.p95, failures: result.failures },
      ];
      console.log(
        `run ${run} · concurrency ${concurrency}: ${throughput}/s, p50 ${latency.median} ms, p95 ${latency.p95} ms`,
      );
    }
  }
  const median = (values: number[]) => summarise(values).median;
  const levels = LEVELS.map((concurrency) => {
    const samples = runs[concurrency] ?? [];
    return {
      concurrency,
      throughputPerSecond: median(samples.map((s) => s.throughput)),
      p50Ms: median(samples.map((s) => s.p50)),
      p95Ms: median(samples.map((s) => s.p95)),
      failures: samples.reduce((sum, s) => sum + s.failures, 0),
      runs: samples,
    };
  });
  const at = (c: number) => levels.find((level) => level.concurrency === c)?.throughputPerSecond ?? Number.NaN;
  const ratio20to1 = round(at(20) / at(1), 2);
  console.table(levels.map(({ runs: _, ...level }) => level));
  console.log(`concurrency 20 / concurrency 1 = ${ratio20to1} (budget ≥ 2)`);

  console.log("Waiting for the burst's emails to drain…");
  await drained(cloud.api);
  console.log(`Profiling ${PROFILE_INTAKES} intakes one at a time…`);
  const profile = await profileIntakes(cloud.api, PROFILE_INTAKES);
  console.table(profile);

  const results = {
    measuredAt: new Date().toISOString(),
    machine: { node: process.version, cpus: cpus().length },
    budget: { ratio20to1: 2 },
    runsPerLevel: RUNS,
    intakesPerRun: PER_LEVEL,
    levels,
    ratio20to1,
    profile,
  };
  mkdirSync(new URL('../../bench/results/', import.meta.url), { recursive: true });
  writeFileSync(
    new URL('../../bench/results/intake-throughput.json', import.meta.url),
    `${JSON.stringify(results, null, 2)}\n`,
  );
  console.log('Wrote bench/results/intake-throughput.json');
} finally {
  await cloud.kill('SIGINT');
  rmSync(dataDir, { recursive: true, force: true });
}

/**
 * Where one intake's time goes, seen from outside: POST /intakes answered (gateway → sandbox →
 * DynamoDB Local transaction), its event on the bus (stream poll → relay sandbox → PutEvents),
 * its email captured (bus delivery → consumer sandbox → SES).
 */
async function profileIntakes(api: string, count: number) {
  const stages = { answeredMs: [] as number[], onBusMs: [] as number[], emailedMs: [] as number[] };
  for (let i = 0; i < count; i += 1) {
    const email = `profile-${Date.now()}-${i}@example.net`;
    const started = performance.now();
    const response = await fetch(`${api}/intakes`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ ...(await import('@lantern/contracts')).EXAMPLE_INTAKE, email }),
    });
    const { clientId } = (await response.json()) as { clientId: string };
    const answered = performance.now();
    let onBus = 0;
    for (;;) {
      const now = performance.now();
      if (!onBus) {
        const { items } = (await (await fetch(`${api}/_local/events`)).json()) as {
          items: { detail: { data?: { clientId?: string } } }[];
        };
        if (items.slice(0, 50).some((event) => event.detail.data?.clientId === clientId)) onBus = now;
      }
      if (onBus && (await emailCounts(api)).has(email)) break;
      if (now - started > 15_000) throw new Error(`No email for ${email} after 15 s`);
      await new Promise((resolve) => setTimeout(resolve, 5));
    }
    const emailed = performance.now();
    stages.answeredMs.push(answered - started);
    stages.onBusMs.push(onBus - answered);
    stages.emailedMs.push(emailed - onBus);
  }
  return Object.fromEntries(Object.entries(stages).map(([stage, samples]) => [stage, summarise(samples)]));
}

/** Until the captured mail stops growing: the async backlog of the bursts is gone. */
async function drained(api: string, quietMs = 3_000, timeoutMs = 300_000): Promise<void> {
  const total = async () => [...(await emailCounts(api)).values()].reduce((sum, count) => sum + count, 0);
  const deadline = performance.now() + timeoutMs;
  let last = await total();
  let since = performance.now();
  while (performance.now() - since < quietMs && performance.now() < deadline) {
    await new Promise((resolve) => setTimeout(resolve, 250));
    const now = await total();
    if (now !== last) since = performance.now();
    last = now;
  }
}
