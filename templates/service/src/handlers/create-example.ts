import { httpHandler, idempotencyRecords } from '@lantern/runtime';
import { newExample } from '../domain/example.js';
import { createExampleRoute } from '../routes/create-example.js';
import { documents, exampleStore, table } from '../store/default-store.js';

/** POST /examples (coordinator): thin: the domain builds, the store writes, the runtime answers. */
export const handler = httpHandler(
  createExampleRoute,
  async ({ body, caller, idempotency }) => {
    const now = new Date();
    const item = newExample(body, { username: caller.username, now });
    const result = { status: 201, body: item, headers: { location: `/examples/${item.exampleId}` } };
    await exampleStore.save(item, { now, idempotency: idempotency && { claim: idempotency, result } });
    return result;
  },
  { idempotency: idempotencyRecords(documents, table) },
);
