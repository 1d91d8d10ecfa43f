import { readFileSync, statSync } from 'node:fs';
import { createServer, type Server } from 'node:http';
import { extname, join, normalize } from 'node:path';
import { chromium } from 'playwright-core';

const TYPES: Record<string, string> = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript',
  '.css': 'text/css',
  '.json': 'application/json',
};

/** The built app from `outDir`, as a static host with SPA fallback would serve it. */
export function serveStatic(outDir: string, config: object): Promise<Server> {
  const server = createServer((req, res) => {
    const path = new URL(req.url ?? '/', 'http://x').pathname;
    if (path === '/config.json') {
      res.writeHead(200, { 'content-type': 'application/json' }).end(JSON.stringify(config));
      return;
    }
    let file = normalize(join(outDir, path));
    if (!file.startsWith(outDir) || !statSync(file, { throwIfNoEntry: false })?.isFile())
      file = join(outDir, 'index.html');
    res.writeHead(200, { 'content-type': TYPES[extname(file)] ?? 'application/octet-stream' }).end(readFileSync(file));
  });
  return new Promise((resolve) => server.listen(0, 'localhost', () => resolve(server)));
}

export interface PageTimings {
  firstContentfulPaint: number;
  domContentLoaded: number;
  /** Largest contentful paint: the page's main text is on screen. */
  largestContentfulPaint: number;
}

/**
 * Lighthouse-like mobile conditions through the DevTools protocol: 150 ms round trips,
 * 1.6 Mbit/s down, 750 kbit/s up, CPU slowed 4×, a fresh browser context (cold cache) each run.
 */
export async function measureTimings(url: string, runs: number): Promise<PageTimings[]> {
  const browser = await chromium.launch({
    executablePath: process.env.LANTERN_CHROMIUM ?? '/usr/bin/chromium',
    args: ['--headless', '--no-sandbox', '--disable-gpu', '--disable-background-networking', '--no-first-run'],
  });
  const results: PageTimings[] = [];
  try {
    for (let run = 0; run < runs; run++) {
      const context = await browser.newContext({ viewport: { width: 360, height: 740 } });
      const page = await context.newPage();
      const cdp = await context.newCDPSession(page);
      await cdp.send('Network.enable');
      await cdp.send('Network.emulateNetworkConditions', {
        offline: false,
        latency: 150,
        downloadThroughput: (1.6 * 1024 * 1024) / 8,
        uploadThroughput: (750 * 1024) / 8,
      });
      await cdp.send('Emulation.setCPUThrottlingRate', { rate: 4 });
      await page.goto(url, { waitUntil: 'load' });
      await page.locator('h1').waitFor();
      await page.waitForTimeout(200);
      const timings = (await page.evaluate(`(() => {
        const nav = performance.getEntriesByType('navigation')[0];
        const fcp = performance.getEntriesByName('first-contentful-paint')[0];
        return new Promise((resolve) => new PerformanceObserver((list) => {
          const entries = list.getEntries();
          resolve({
            firstContentfulPaint: fcp ? fcp.startTime : -1,
            domContentLoaded: nav.domContentLoadedEventEnd,
            largestContentfulPaint: entries[entries.length - 1].startTime,
          });
        }).observe({ type: 'largest-contentful-paint', buffered: true }));
      })()`)) as PageTimings;
      results.push(timings);
      await context.close();
    }
  } finally {
    await browser.close();
  }
  return results;
}
