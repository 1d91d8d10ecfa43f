import type { ChangeScope, LinkView } from '@lantern/contracts';
import { ref, shallowRef } from 'vue';
import { ApiError } from '../api/api-error.js';
import type { LinkApi } from '../api/scheduling.js';

export type LinkOutcome = 'moved' | 'cancelled';
export type LinkProblem = 'taken' | 'failed';

/**
 * The client's link page: what it shows and the two things it lets them do. A wrong, tampered or
 * expired link (or one that stops working on the way) just fails, with nothing shown.
 */
export function useSessionLink(api: Pick<LinkApi, 'get' | 'reschedule' | 'cancel'>) {
  const view = shallowRef<LinkView | null>(null);
  const invalid = ref(false);
  const busy = ref(false);
  const outcome = ref<LinkOutcome | null>(null);
  const problem = ref<LinkProblem | null>(null);

  async function load(): Promise<void> {
    try {
      view.value = await api.get();
      invalid.value = false;
    } catch {
      view.value = null;
      invalid.value = true;
    }
  }

  async function act(change: () => Promise<LinkView>, done: LinkOutcome): Promise<boolean> {
    busy.value = true;
    outcome.value = null;
    problem.value = null;
    try {
      view.value = await change();
      outcome.value = done;
      return true;
    } catch (error) {
      if (error instanceof ApiError && error.status === 403) {
        view.value = null;
        invalid.value = true;
      } else if (error instanceof ApiError && error.status === 409) {
        // Someone took that time first: the open times are read again.
        problem.value = 'taken';
        await load();
      } else {
        problem.value = 'failed';
      }
      return false;
    } finally {
      busy.value = false;
    }
  }

  const reschedule = (start: string) => act(() => api.reschedule(start), 'moved');
  const cancel = (scope: ChangeScope) => act(() => api.cancel(scope), 'cancelled');

  return { view, invalid, busy, outcome, problem, load, reschedule, cancel };
}
