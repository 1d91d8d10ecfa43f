import { MatchingRunApplyRequested } from '@lantern/contracts';
import { eventHandler } from '@lantern/runtime';
import { matchingTableAccess, runsStore } from '../store/default-store.js';
import { applyWhatHolds, proposalOf } from './apply-what-holds.js';

/** How often progress is written while the pairs are confirmed. */
const PROGRESS_EVERY_MS = 1_000;

/**
 * MatchingRunApplyRequested → applies the rest of a run that was too large for one request, then
 * stores it `applied` with everything applied and every conflict. Applying again is harmless (what
 * is already confirmed is skipped), so a retried or duplicated event changes nothing more.
 */
export const handler = eventHandler(
  MatchingRunApplyRequested,
  { idempotencyTable: matchingTableAccess },
  async ({ data }) => {
    const run = await runsStore.getRun(data.runId);
    if (run?.status !== 'applying') return;
    let savedAt = Date.now();
    const outcome = await applyWhatHolds(run, {
      confirmedBy: data.requestedBy,
      keepGoing: () => true,
      onProgress: async ({ done }) => {
        if (Date.now() - savedAt < PROGRESS_EVERY_MS) return;
        savedAt = Date.now();
        await runsStore.saveProgress(run.runId, done);
      },
    });
    const result = { applied: [...outcome.appliedBefore, ...outcome.applied], conflicts: outcome.conflicts };
    await runsStore.saveRun({ ...proposalOf(run), status: 'applied', appliedAt: new Date().toISOString(), result });
  },
);
