import { statSync } from 'node:fs';
import type { LocalFunction } from './registry.js';

const POLL_MS = 1_000;

/**
 * For `pnpm dev`: when a source file of a function changes, bundle it again and swap in fresh
 * sandboxes, as a new deployment would. Polls modification times (no native watchers to leak).
 */
export function watchFunctions(functions: Map<string, LocalFunction>, log: (line: string) => void): () => void {
  const signature = (fn: LocalFunction) =>
    fn.sources
      .map((path) => {
        try {
          return statSync(path).mtimeMs;
        } catch {
          return 0;
        }
      })
      .join(',');
  const seen = new Map([...functions.values()].map((fn) => [fn.name, signature(fn)]));
  let busy = false;
  const timer = setInterval(async () => {
    if (busy) return;
    busy = true;
    try {
      for (const fn of [...functions.values()]) {
        const now = signature(fn);
        if (now === seen.get(fn.name)) continue;
        seen.set(fn.name, now);
        try {
          const next = await fn.rebuild();
          await next.pool.warm();
          functions.set(fn.name, next);
          seen.set(fn.name, signature(next));
          void fn.pool.stop();
          log(`${fn.name} reloaded`);
        } catch (error) {
          log(`${fn.name} was not reloaded: ${(error as Error).message}`);
        }
      }
    } finally {
      busy = false;
    }
  }, POLL_MS);
  timer.unref();
  return () => clearInterval(timer);
}
