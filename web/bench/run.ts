import { mkdirSync, mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { DEFAULT_CRISIS_RESOURCES } from '@lantern/contracts';
import { build } from 'vite';
import { initialAssets } from './sizes.js';
import { measureTimings, type PageTimings, serveStatic } from './timings.js';

/**
 * `pnpm bench:web`: builds the web app and DESIGN §6's baseline (a bare Vite + Vue + vue-i18n +
 * vue-router page) in the same run, compares the public route's initial JavaScript and CSS
 * (gzip) with the 100 KB budget, and times the public pages under Lighthouse-like mobile
 * throttling. Writes `bench/results/web.json`.
 */
const web = fileURLToPath(new URL('..', import.meta.url));
const repo = join(web, '..');
const BUDGET_JS_GZIP = 100 * 1024;
const RUNS = Number(process.env.BENCH_RUNS ?? 7);

async function buildInto(root: string, configFile: string | false): Promise<string> {
  const outDir = mkdtempSync(join(tmpdir(), 'lantern-web-'));
  await build({ root, configFile, logLevel: 'silent', build: { outDir, emptyOutDir: true } });
  return outDir;
}

const quantile = (values: number[], q: number) => {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.min(sorted.length - 1, Math.ceil(q * sorted.length) - 1)] ?? Number.NaN;
};
const summarise = (runs: PageTimings[], key: keyof PageTimings) => {
  const values = runs.map((run) => run[key]);
  return { median: Math.round(quantile(values, 0.5)), p95: Math.round(quantile(values, 0.95)) };
};
const kb = (bytes: number) => `${(bytes / 1024).toFixed(1)} KB`;

const appDir = await buildInto(web, join(web, 'vite.config.ts'));
const baselineDir = await buildInto(join(web, 'bench', 'baseline'), false);
const app = initialAssets(appDir);
const baseline = initialAssets(baselineDir);

const server = await serveStatic(appDir, {
  apiUrl: 'http://localhost:9',
  authority: 'http://localhost:9/oidc',
  clientId: 'bench',
  redirectUri: 'http://localhost/staff/callback',
  postLogoutRedirectUri: 'http://localhost/',
  silentRedirectUri: 'http://localhost/silent-renew.html',
  // The public pages show them at once: without them the app refuses to start (as it should).
  crisisResources: DEFAULT_CRISIS_RESOURCES,
});
const origin = `http://localhost:${(server.address() as { port: number }).port}`;
const timings: Record<string, unknown> = {};
try {
  for (const route of ['/', '/intake']) {
    const runs = await measureTimings(`${origin}${route}`, RUNS);
    timings[route] = {
      firstContentfulPaintMs: summarise(runs, 'firstContentfulPaint'),
      largestContentfulPaintMs: summarise(runs, 'largestContentfulPaint'),
      domContentLoadedMs: summarise(runs, 'domContentLoaded'),
    };
  }
} finally {
  server.close();
}

const result = {
  measuredAt: new Date().toISOString(),
  node: process.version,
  budget: { publicRouteInitialJsGzipBytes: BUDGET_JS_GZIP },
  publicRoute: {
    initialJsGzipBytes: app.jsGzip,
    initialCssGzipBytes: app.cssGzip,
    withinBudget: app.jsGzip <= BUDGET_JS_GZIP,
    files: [...app.js, ...app.css],
    note: 'The same entry serves / and /intake; the shared schema (zod) and the staff area load later.',
  },
  baseline: { what: 'bare Vite 8 + Vue 3 + vue-i18n + vue-router page', initialJsGzipBytes: baseline.jsGzip },
  throttling: { rttMs: 150, downMbps: 1.6, upKbps: 750, cpuSlowdown: 4, viewport: '360x740', runs: RUNS },
  timings,
};
mkdirSync(join(repo, 'bench', 'results'), { recursive: true });
writeFileSync(join(repo, 'bench', 'results', 'web.json'), `${JSON.stringify(result, null, 2)}\n`);

console.table({
  'public route JS (gzip)': { size: kb(app.jsGzip), budget: kb(BUDGET_JS_GZIP), ok: app.jsGzip <= BUDGET_JS_GZIP },
  'public route CSS (gzip)': { size: kb(app.cssGzip), budget: '', ok: '' },
  'baseline JS (gzip)': { size: kb(baseline.jsGzip), budget: '', ok: '' },
});
console.table(
  Object.fromEntries(
    Object.entries(timings).map(([route, value]) => {
      const t = value as Record<string, { median: number; p95: number }>;
      const cell = (name: string) => `${t[name]?.median} / ${t[name]?.p95} ms`;
      return [
        route,
        { 'FCP median/p95': cell('firstContentfulPaintMs'), 'LCP median/p95': cell('largestContentfulPaintMs') },
      ];
    }),
  ),
);
