import { clearProgress } from '../intake/draft-storage.js';

export interface QuickExitTarget {
  storage: Storage;
  session: Storage;
  location: Pick<Location, 'replace'>;
  url: string;
}

/**
 * Leaves at once: forgets the saved answers, then replaces this page (not a new history entry)
 * with a neutral one. The public pages share one history entry (`router/public-history.ts`), so
 * Back from the neutral page never returns to Lantern.
 */
export function quickExit(target: QuickExitTarget): void {
  clearProgress(target.storage);
  try {
    target.session.clear();
  } catch {
    // Leaving matters more than tidying.
  }
  target.location.replace(target.url);
}

/**
 * Escape pressed twice within `withinMs` means "leave now", the keyboard's quick exit. Returns
 * a key handler that answers whether this key completes the gesture.
 */
export function escapeTwice(now: () => number, withinMs = 1500): (key: string) => boolean {
  let lastEscape = Number.NEGATIVE_INFINITY;
  return (key) => {
    if (key !== 'Escape') {
      lastEscape = Number.NEGATIVE_INFINITY;
      return false;
    }
    const at = now();
    const second = at - lastEscape <= withinMs;
    lastEscape = second ? Number.NEGATIVE_INFINITY : at;
    return second;
  };
}
