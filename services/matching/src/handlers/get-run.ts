import { httpHandler } from '@lantern/runtime';
import { NotFoundError } from '../domain/refusals.js';
import { getRunRoute } from '../routes/get-run.js';
import { runsStore } from '../store/default-store.js';

/** GET /matching/runs/{runId} (coordinator). */
export const handler = httpHandler(getRunRoute, async ({ params }) => {
  const run = await runsStore.getRun(params.runId);
  if (!run) throw new NotFoundError('No matching run with this id.');
  return { status: 200, body: run };
});
