import { httpHandler } from '@lantern/runtime';
import { ExampleNotFoundError } from '../domain/errors.js';
import { getExampleRoute } from '../routes/get-example.js';
import { exampleStore } from '../store/default-store.js';

/** GET /examples/{exampleId} (coordinator). */
export const handler = httpHandler(getExampleRoute, async ({ params }) => {
  const item = await exampleStore.get(params.exampleId);
  if (!item) throw new ExampleNotFoundError();
  return { status: 200, body: item, headers: { etag: `"${item.version}"` } };
});
