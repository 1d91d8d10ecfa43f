import type { FieldProblem } from '@lantern/contracts';
import { ref, shallowRef } from 'vue';
import { ApiError } from '../api/api-error.js';

/**
 * One change sent to the API (save a goal, log a check-in…): whether it is under way, whether it
 * failed, and why the API refused it (its problem `detail` and field errors), cleared on each try.
 */
export function useAction<A extends unknown[], R>(send: (...args: A) => Promise<R>) {
  const busy = ref(false);
  const failed = ref(false);
  const detail = ref<string | undefined>(undefined);
  const fieldErrors = shallowRef<FieldProblem[]>([]);

  async function run(...args: A): Promise<R | undefined> {
    busy.value = true;
    failed.value = false;
    detail.value = undefined;
    fieldErrors.value = [];
    try {
      return await send(...args);
    } catch (error) {
      failed.value = true;
      if (error instanceof ApiError) {
        detail.value = error.problem?.detail;
        fieldErrors.value = error.problem?.errors ?? [];
      }
      return undefined;
    } finally {
      busy.value = false;
    }
  }

  return { busy, failed, detail, fieldErrors, run };
}
