import type { SharedPlanView } from '@lantern/contracts';
import { ref, shallowRef } from 'vue';

/** The plan behind a share link; a wrong, tampered or expired link just fails, with nothing shown. */
export function useSharedPlan(fetchPlan: () => Promise<SharedPlanView>) {
  const plan = shallowRef<SharedPlanView | null>(null);
  const failed = ref(false);

  async function load(): Promise<void> {
    failed.value = false;
    try {
      plan.value = await fetchPlan();
    } catch {
      plan.value = null;
      failed.value = true;
    }
  }

  return { plan, failed, load };
}
