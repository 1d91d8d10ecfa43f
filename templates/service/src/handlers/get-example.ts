import { httpHandler } from '@lantern/runtime';
import { ExampleNotFoundError } from '../domain/errors.js';
import { getExampleRoute } from '../routes/get-example.js';
import { examplesStore } from '../store/default-store.js';

/** GET /examples/{exampleId} (coordinator). */
export const handler = httpHandler(getExampleRoute, async ({ params }) => {
  const example = await examplesStore.get(params.exampleId);
  if (!example) throw new ExampleNotFoundError();
  return { status: 200, body: example, headers: { etag: `"${example.version}"` } };
});
