import type { Concern } from '@lantern/contracts';
import { ref, shallowRef } from 'vue';
import { useAction } from './useAction.js';
import { useCreate } from './useCreate.js';

export interface ConcernsApi {
  list: () => Promise<Concern[]>;
  raise: (summary: string, idempotencyKey: string) => Promise<Concern>;
  resolve: (concern: Concern, note: string) => Promise<Concern>;
}

/** Concerns about a client: a peer raises one to the coordinators, a coordinator resolves it with a note. */
export function useConcerns(api: ConcernsApi, newKey: () => string) {
  const concerns = shallowRef<Concern[]>([]);
  const loadFailed = ref(false);
  const raising = useCreate(api.raise, newKey);
  const resolving = useAction(api.resolve);

  async function load(): Promise<void> {
    loadFailed.value = false;
    try {
      concerns.value = await api.list();
    } catch {
      loadFailed.value = true;
    }
  }

  async function raise(summary: string): Promise<boolean> {
    const raised = await raising.run(summary.trim());
    if (raised) concerns.value = [raised, ...concerns.value];
    return raised !== undefined;
  }

  async function resolve(concern: Concern, note: string): Promise<boolean> {
    const resolved = await resolving.run(concern, note.trim());
    if (resolved)
      concerns.value = concerns.value.map((each) => (each.concernId === resolved.concernId ? resolved : each));
    return resolved !== undefined;
  }

  return { concerns, loadFailed, raising, resolving, load, raise, resolve };
}
