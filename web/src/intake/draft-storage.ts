import type { IntakeDraft } from './draft.js';

/** Saved progress: the draft (never the safety answers) and the step someone was on. */
export interface SavedProgress {
  draft: IntakeDraft;
  step: number;
}

export const DRAFT_KEY = 'lantern.intake.v1';

export function loadProgress(storage: Storage, fallback: IntakeDraft): SavedProgress {
  try {
    const raw = storage.getItem(DRAFT_KEY);
    if (!raw) return { draft: fallback, step: 0 };
    const saved = JSON.parse(raw) as Partial<SavedProgress>;
    return { draft: { ...fallback, ...saved.draft }, step: Number.isInteger(saved.step) ? (saved.step as number) : 0 };
  } catch {
    // A corrupt or unreadable entry must never stop someone from asking for help.
    return { draft: fallback, step: 0 };
  }
}

export function saveProgress(storage: Storage, progress: SavedProgress): void {
  try {
    storage.setItem(DRAFT_KEY, JSON.stringify(progress));
  } catch {
    // Storage can be full or disabled (private browsing): the form still works, it just forgets.
  }
}

export function clearProgress(storage: Storage): void {
  try {
    storage.removeItem(DRAFT_KEY);
  } catch {
    // Nothing saved, nothing to clear.
  }
}
