import { httpHandler } from '@lantern/runtime';
import { newRunId } from '../domain/ids.js';
import { proposeRun } from '../domain/runs.js';
import { startRunRoute } from '../routes/start-run.js';
import { clientsStore, rosterStore, runsStore } from '../store/default-store.js';

/**
 * POST /matching/runs (coordinator): the exact optimum over the whole waitlist, stored as a
 * proposal; nothing is applied. Reads the projections with one Query per kind, never a Scan, all at once.
 */
export const handler = httpHandler(startRunRoute, async () => {
  const [clients, peers, matches] = await Promise.all([
    clientsStore.runCandidates(),
    rosterStore.stamp().then((stamp) => rosterStore.rosterAt(stamp)),
    clientsStore.blockingMatches(),
  ]);
  const run = proposeRun({ runId: newRunId(), now: new Date(), clients, peers, matches });
  await runsStore.saveRun(run);
  return { status: 201, body: run };
});
