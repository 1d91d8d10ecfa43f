import { mkdirSync, writeFileSync } from 'node:fs';
import { startLocalCloud } from '@lantern/local-cloud';
import { SERVICE_MANIFESTS } from '@lantern/service-catalog';
import { measureBundles } from './bundles.js';
import { measureDevReady } from './dev-ready.js';
import { measureIntakeToEmail } from './latency.js';

/**
 * `pnpm bench`: the foundation's budgets (DESIGN §6) — bundle size and module load per function
 * against a bare handler with the same SDK clients, `pnpm dev` time to ready, and intake → email
 * latency on the local cloud. Writes bench/results/foundation.json.
 */
const INTAKES = Number(process.env.BENCH_INTAKES ?? 200);
const LOAD_RUNS = Number(process.env.BENCH_LOAD_RUNS ?? 15);
const DEV_RUNS = Number(process.env.BENCH_DEV_RUNS ?? 5);

console.log(`Bundles: ${LOAD_RUNS} cold module loads each…`);
const bundles = await measureBundles(SERVICE_MANIFESTS, LOAD_RUNS);
console.table(
  bundles.map((b) => ({
    function: b.function,
    KB: Math.round(b.bytes / 1024),
    'baseline KB': Math.round(b.baselineBytes / 1024),
    '+KB (≤150)': b.overheadKB,
    'load ms p50/p95': `${b.loadMs.median}/${b.loadMs.p95}`,
    'baseline ms p50/p95': `${b.baselineLoadMs.median}/${b.baselineLoadMs.p95}`,
    '+ms (≤30)': b.loadOverheadMs,
    'within budget': b.withinBudget,
  })),
);

console.log(`pnpm dev: ${DEV_RUNS} warm starts…`);
const devReadyMs = await measureDevReady(DEV_RUNS);
console.table([{ 'pnpm dev ready ms p50': devReadyMs.median, p95: devReadyMs.p95, 'budget ms': 10_000 }]);

console.log(`Intake → email: ${INTAKES} intakes…`);
const cloud = await startLocalCloud({ manifests: SERVICE_MANIFESTS, inMemory: true, apiPort: 0, log: () => {} });
let intakeToEmailMs: Awaited<ReturnType<typeof measureIntakeToEmail>>;
try {
  intakeToEmailMs = await measureIntakeToEmail(cloud.urls.api, INTAKES, (done) => {
    if (done % 50 === 0) console.log(`  ${done}/${INTAKES}`);
  });
} finally {
  await cloud.stop();
}
console.table([
  {
    'intake → email ms p50': intakeToEmailMs.median,
    p95: intakeToEmailMs.p95,
    runs: intakeToEmailMs.runs,
    'budget p95 ms': 1000,
  },
]);

const results = {
  measuredAt: new Date().toISOString(),
  machine: { node: process.version, cpus: (await import('node:os')).cpus().length },
  budgets: { bundleOverheadKB: 150, loadOverheadMs: 30, devReadyMs: 10_000, intakeToEmailP95Ms: 1000 },
  bundles,
  devReadyMs,
  intakeToEmailMs,
};
mkdirSync(new URL('../../bench/results/', import.meta.url), { recursive: true });
writeFileSync(new URL('../../bench/results/foundation.json', import.meta.url), `${JSON.stringify(results, null, 2)}\n`);
console.log('Wrote bench/results/foundation.json');
