import { httpHandler } from '@lantern/runtime';
import { newExample } from '../domain/example.js';
import { createExampleRoute } from '../routes/create-example.js';
import { documents, examplesStore, table } from '../store/default-store.js';

/** POST /examples (coordinator): thin: the domain builds, the store writes, the runtime answers. */
export const handler = httpHandler(
  createExampleRoute,
  async ({ body, caller, idempotency }) => {
    const now = new Date();
    const example = newExample(body, { username: caller.username, now });
    const result = { status: 201, body: example, headers: { location: `/examples/${example.exampleId}` } };
    await examplesStore.save(example, { now, idempotency: idempotency && { claim: idempotency, result } });
    return result;
  },
  { idempotency: { documents, table } },
);
