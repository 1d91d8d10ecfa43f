import { ApiError } from '../api/api-error.js';
import { useAction } from './useAction.js';

/**
 * Creating something with an `Idempotency-Key`: the key is kept when the request got no answer (a
 * retry then cannot create it twice) and renewed once the API has answered, success or refusal.
 */
export function useCreate<B, R>(send: (body: B, idempotencyKey: string) => Promise<R>, newKey: () => string) {
  let key = newKey();
  return useAction(async (body: B) => {
    try {
      const created = await send(body, key);
      key = newKey();
      return created;
    } catch (error) {
      if (error instanceof ApiError) key = newKey();
      throw error;
    }
  });
}
