import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { cpus, loadavg, tmpdir } from 'node:os';
import { join } from 'node:path';
import { spawnLocalCloud } from '@lantern/dev';
import { BUS_NAME } from '@lantern/local-cloud';
import { openSlotsForMatch, type SchedulingPair } from '@lantern/scheduling/domain';
import { publishMatchEvents, tuesdayInToronto } from '../integration/support/match-events.js';
import { settle } from './settle.js';
import { round, summarise } from './stats.js';

/**
 * `pnpm bench:sessions`: the scheduling service through the API on the local cloud (DESIGN §6:
 * open slots for a match over 4 weeks p95 ≤ 100 ms; booking a 12-week series p95 ≤ 300 ms),
 * booking throughput at concurrency 1 and 10, and the engine's in-process slot search for the
 * same match in the same run. Each measurement is repeated `BENCH_RUNS` times; medians and p95s
 * per run and over all samples. Each measured booking starts on a system at rest (settle.ts), as
 * a coordinator meets it; the same series booked back to back are reported beside, as a burst.
 * Writes bench/results/sessions.json.
 */
const RUNS = Number(process.env.BENCH_RUNS ?? 3);
const SLOT_CALLS = Number(process.env.BENCH_SLOT_CALLS ?? 40);
const SERIES_PER_RUN = Number(process.env.BENCH_SERIES ?? 15);
const BOOKINGS_PER_WORKER = Number(process.env.BENCH_BOOKINGS ?? 10);
const WORKERS = 10;
const ENGINE_CALLS = 200;
const HOUR = 3_600_000;

type Json = Record<string, unknown>;
type Match = Awaited<ReturnType<typeof publishMatchEvents>>;

const dataDir = mkdtempSync(join(tmpdir(), 'lantern-bench-sessions-'));
const cloud = await spawnLocalCloud({ dataDir });
const api = cloud.api;

async function call(method: string, path: string, token?: string, body?: unknown) {
  const response = await fetch(`${api}${path}`, {
    method,
    headers: { ...(token ? { authorization: `Bearer ${token}` } : {}), 'content-type': 'application/json' },
    ...(body === undefined ? {} : { body: JSON.stringify(body) }),
  });
  return { status: response.status, body: (await response.json()) as Json };
}

/** Answers other than `expected` are counted (a loaded machine times some out), never measured. */
const failures: Record<string, number> = {};
async function timed(method: string, path: string, token: string, body?: unknown, expected = 200) {
  const started = performance.now();
  const answer = await call(method, path, token, body);
  const ms = performance.now() - started;
  if (answer.status !== expected) {
    const key = `${method} ${path.split('?')[0]?.replace(/\/[a-z]{2}_[0-9A-Z]+/g, '/{id}')} → ${answer.status}`;
    failures[key] = (failures[key] ?? 0) + 1;
    return { ms: Number.NaN, body: answer.body };
  }
  return { ms, body: answer.body };
}
const measured = (samples: number[]) => samples.filter((ms) => !Number.isNaN(ms));

const isoAt = (ms: number) => new Date(ms).toISOString().replace('.000Z', 'Z');
const slotsPath = (match: Match) =>
  `/matches/${match.matchId}/slots?from=${tuesdayInToronto(0).slice(0, 10)}&weeks=4&duration=60`;
const booking = (match: Match, start: string, weeks?: number) => ({
  matchId: match.matchId,
  start,
  durationMinutes: 60,
  modality: 'video',
  ...(weeks ? { repeat: { weekly: true, count: weeks } } : {}),
});

try {
  const token = ((await call('POST', '/_local/token', undefined, { username: 'coordinator@example.org' })).body
    .access_token ?? '') as string;
  const endpoints = (await call('GET', '/_local/endpoints')).body as Record<string, string>;
  const eventbridge = {
    endpoint: endpoints.eventbridge,
    region: 'us-east-1',
    credentials: { accessKeyId: 'local', secretAccessKey: 'local' },
  };
  const publish = () => publishMatchEvents(eventbridge, BUS_NAME);
  const seriesMatches = await Promise.all(Array.from({ length: RUNS }, publish));
  const burstMatch = await publish();
  const throughputMatches = await Promise.all(Array.from({ length: WORKERS }, publish));
  console.log('Waiting for the projections and warming the sandboxes…');
  for (const match of [...seriesMatches, burstMatch, ...throughputMatches]) {
    for (let tries = 0; (await call('GET', slotsPath(match), token)).status !== 200; tries++) {
      if (tries > 600) throw new Error('The match projections never arrived');
      await new Promise((resolve) => setTimeout(resolve, 100));
    }
  }
  // Far from every measured time: week 30 on, so warming never clashes with what is measured.
  const warmBase = Date.parse(tuesdayInToronto(30));
  await Promise.all(
    throughputMatches.map((match, i) =>
      timed('POST', '/sessions', token, booking(match, isoAt(warmBase + i * HOUR)), 201),
    ),
  );

  // 12-week series, one after another: start k on day k % 7, hour ⌊k / 7⌋ after the first Tuesday.
  const seriesBase = Date.parse(tuesdayInToronto(0, '12:00'));
  const seriesStart = (k: number) => isoAt(seriesBase + (k % 7) * 24 * HOUR + Math.floor(k / 7) * HOUR);
  const seriesRuns: number[][] = [];
  for (const match of seriesMatches) {
    const samples: number[] = [];
    for (let k = 0; k < SERIES_PER_RUN; k++) {
      await settle(api);
      samples.push((await timed('POST', '/sessions', token, booking(match, seriesStart(k), 12), 201)).ms);
    }
    seriesRuns.push(measured(samples));
    console.log(`12-week series, run ${seriesRuns.length}:`, summarise(samples));
  }
  // The same bookings back to back, on a match of their own: each one's reminders and emails share
  // the CPU with the next request (in AWS they run on other instances).
  await settle(api);
  const burstSamples: number[] = [];
  for (let k = 0; k < SERIES_PER_RUN; k++) {
    burstSamples.push((await timed('POST', '/sessions', token, booking(burstMatch, seriesStart(k), 12), 201)).ms);
  }
  console.log('12-week series back to back:', summarise(burstSamples));

  // Open slots over 4 weeks for matches whose calendars now hold 15 weekly series each.
  const slotRuns: number[][] = [];
  let slotsOffered = 0;
  for (const match of seriesMatches) {
    await settle(api);
    const samples: number[] = [];
    for (let i = 0; i < SLOT_CALLS; i++) {
      const answer = await timed('GET', slotsPath(match), token);
      samples.push(answer.ms);
      slotsOffered = (answer.body.items as unknown[] | undefined)?.length ?? slotsOffered;
    }
    slotRuns.push(measured(samples));
    console.log(`open slots, run ${slotRuns.length}:`, summarise(samples));
  }

  // The engine's own search for the same match and busy time, in this process.
  const match = seriesMatches[0] as Match;
  const sessions = (await timed('GET', `/sessions?peerId=${match.peerId}&limit=100`, token)).body.items as {
    start: string;
    end: string;
  }[];
  const busy: { start: number; end: number }[] = sessions.map((s) => ({
    start: Date.parse(s.start) / 60_000,
    end: Date.parse(s.end) / 60_000,
  }));
  const search = () =>
    openSlotsForMatch({
      pair: match.pair as SchedulingPair,
      query: { from: tuesdayInToronto(0).slice(0, 10), weeks: 4, duration: 60 },
      peerBusy: busy,
      clientBusy: busy,
      now: new Date(),
    });
  const engineRuns: number[][] = [];
  for (let run = 0; run < RUNS; run++) {
    const samples: number[] = [];
    for (let i = 0; i < ENGINE_CALLS; i++) {
      const started = performance.now();
      search();
      samples.push((performance.now() - started) * 1000);
    }
    engineRuns.push(samples);
  }
  const engineSlots = search().length;
  console.log('engine in-process (µs):', summarise(engineRuns.flat()), `${engineSlots} slots (API: ${slotsOffered})`);

  // Throughput: single bookings, each worker on its own match (no contention), at concurrency 1 and 10.
  const failedSoFar = () => Object.values(failures).reduce((sum, n) => sum + n, 0);
  const throughput = async (workers: number, base: number) => {
    // From rest, as the other figures: else the previous phase's reminders and emails share the CPU.
    await settle(api);
    const failedBefore = failedSoFar();
    const started = performance.now();
    await Promise.all(
      throughputMatches.slice(0, workers).map(async (m) => {
        for (let k = 0; k < BOOKINGS_PER_WORKER; k++) {
          await timed('POST', '/sessions', token, booking(m, isoAt(base + k * 2 * HOUR)), 201);
        }
      }),
    );
    const booked = workers * BOOKINGS_PER_WORKER - (failedSoFar() - failedBefore);
    return round(booked / ((performance.now() - started) / 1000));
  };
  const throughputRuns: { concurrency1: number; concurrency10: number }[] = [];
  for (let run = 0; run < RUNS; run++) {
    const base = Date.parse(tuesdayInToronto(40 + run * 2));
    const concurrency1 = await throughput(1, base);
    const concurrency10 = await throughput(WORKERS, base + 24 * HOUR);
    throughputRuns.push({ concurrency1, concurrency10 });
    console.log(`throughput, run ${run + 1}: ${concurrency1}/s at 1, ${concurrency10}/s at ${WORKERS}`);
  }

  const perRun = (runs: number[][]) => runs.map((samples) => summarise(samples));
  const overall = (runs: number[][]) => ({
    ...summarise(runs.flat()),
    medianOfRunP95s: summarise(perRun(runs).map((run) => run.p95)).median,
  });
  const results = {
    measuredAt: new Date().toISOString(),
    machine: { node: process.version, cpus: cpus().length, loadAverage1m: round(loadavg()[0] ?? 0, 2) },
    note: 'Local cloud in its own process on a shared 2-core machine; wall-clock ms as a client sees them. Each measured booking, and each run of open slots, starts once the work set off before it is done (no new event or email for 1.5 s); bookSeries12BackToBack is the same booking without that pause.',
    budgets: { openSlotsP95Ms: 100, series12P95Ms: 300 },
    openSlots: {
      what: `GET /matches/{id}/slots, 4 weeks, 60 min, a match holding ${SERIES_PER_RUN} weekly series`,
      slotsOffered,
      perRun: perRun(slotRuns),
      ...overall(slotRuns),
    },
    bookSeries12: { what: 'POST /sessions, repeat 12 weekly', perRun: perRun(seriesRuns), ...overall(seriesRuns) },
    bookSeries12BackToBack: {
      what: `the same ${SERIES_PER_RUN} series booked one right after another (a burst, not the budget's case)`,
      ...summarise(measured(burstSamples)),
    },
    bookingThroughputPerSecond: {
      what: `single bookings, ${BOOKINGS_PER_WORKER} per worker, each worker on its own match, each phase from rest`,
      runs: throughputRuns,
      concurrency1Median: summarise(throughputRuns.map((r) => r.concurrency1)).median,
      concurrency10Median: summarise(throughputRuns.map((r) => r.concurrency10)).median,
    },
    failures,
    engineInProcess: {
      what: 'openSlotsForMatch for the same match and busy time, in this process',
      slots: engineSlots,
      unit: 'µs',
      perRun: perRun(engineRuns),
      ...summarise(engineRuns.flat()),
    },
  };
  mkdirSync(new URL('../../bench/results/', import.meta.url), { recursive: true });
  writeFileSync(new URL('../../bench/results/sessions.json', import.meta.url), `${JSON.stringify(results, null, 2)}\n`);
  console.log(JSON.stringify({ openSlots: overall(slotRuns), bookSeries12: overall(seriesRuns) }));
  console.log('Wrote bench/results/sessions.json');
} finally {
  await cloud.kill('SIGINT');
  rmSync(dataDir, { recursive: true, force: true });
}
