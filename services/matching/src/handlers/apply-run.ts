import { buildEvent, MatchingRunApplyRequested } from '@lantern/contracts';
import { httpHandler } from '@lantern/runtime';
import { newEventId } from '../domain/ids.js';
import { ConflictError, NotFoundError } from '../domain/refusals.js';
import { applyRunRoute } from '../routes/apply-run.js';
import { runsStore } from '../store/default-store.js';
import { applyWhatHolds, proposalOf } from './apply-what-holds.js';

/**
 * How long a request applies before it hands the rest over: a coordinator sees the outcome, or
 * progress, within seconds. Time is also kept back from the function's timeout for the peers'
 * pairs under way to finish and the hand-over to be saved.
 */
const APPLY_IN_REQUEST_MS = 5_000;
const KEEP_BACK_MS = 8_000;

/**
 * POST /matching/runs/{runId}/apply (coordinator): applies what still holds (apply-what-holds.ts)
 * and answers 200 with it. A run too large for a few seconds (thousands of pairs, a slow day) is
 * handed over: the run becomes `applying`, MatchingRunApplyRequested carries it on in the
 * background (continue-run.ts), and the answer is 202 with the run to follow.
 */
export const handler = httpHandler(applyRunRoute, async ({ params, caller }, context) => {
  const run = await runsStore.getRun(params.runId);
  if (!run) throw new NotFoundError('No matching run with this id.');
  if (run.status === 'running') throw new ConflictError('This run has no proposal yet; try again in a moment.');
  const began = performance.now();
  const outcome = await applyWhatHolds(run, {
    confirmedBy: caller.subject,
    keepGoing: () =>
      performance.now() - began < APPLY_IN_REQUEST_MS && context.getRemainingTimeInMillis() > KEEP_BACK_MS,
  });
  const { applied, conflicts, done, total } = outcome;
  if (outcome.finished) {
    if (run.status !== 'applied') {
      const result = { applied: [...outcome.appliedBefore, ...applied], conflicts };
      await runsStore.saveRun({ ...proposalOf(run), status: 'applied', appliedAt: new Date().toISOString(), result });
    }
    return { status: 200, body: { applied, conflicts } };
  }
  const applying = { ...proposalOf(run), status: 'applying' as const, progress: { done, total } };
  const event = buildEvent(
    MatchingRunApplyRequested,
    { runId: run.runId, requestedBy: caller.subject },
    { eventId: newEventId(), occurredAt: new Date().toISOString() },
  );
  await runsStore.saveRun(applying, [event]);
  return { status: 202, body: applying };
});
