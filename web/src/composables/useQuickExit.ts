import { clearProgress } from '../intake/draft-storage.js';

export interface QuickExitTarget {
  storage: Storage;
  session: Storage;
  location: Pick<Location, 'replace'>;
  url: string;
}

/**
 * Leaves at once: forgets the saved answers, then replaces this page (not a new history entry)
 * with a neutral one, as crisis and domestic-violence sites do.
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
