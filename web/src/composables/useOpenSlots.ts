import type { OpenSlot } from '@lantern/contracts';
import { computed, ref, shallowRef } from 'vue';
import type { SchedulingApi } from '../api/scheduling.js';
import { addDays, dateIn, weekOf } from '../sessions/time.js';

export interface OpenSlotsContext {
  matchId: string;
  /** The zone the grid is read in: the viewer's own. */
  viewerZone: string;
  /** Minutes each open time must last. */
  duration?: number;
}

/**
 * A match's open times a week at a time, read in the viewer's zone, and the one chosen: what the
 * booking grid and moving a session both pick from.
 */
export function useOpenSlots(
  api: Pick<SchedulingApi, 'slots'>,
  context: OpenSlotsContext,
  firstDay: () => Date = () => new Date(),
) {
  const from = ref(dateIn(firstDay(), context.viewerZone));
  const duration = ref(context.duration ?? 60);
  const slots = shallowRef<OpenSlot[]>([]);
  const selected = ref<string | null>(null);
  const loading = ref(false);
  const loadFailed = ref(false);

  const days = computed(() => weekOf(slots.value, from.value, context.viewerZone));
  const chosen = computed(() => slots.value.find((slot) => slot.start === selected.value) ?? null);

  async function load(): Promise<void> {
    loading.value = true;
    try {
      // `from` is read in the peer's zone by the API: a day earlier covers every zone's first day.
      slots.value = (await api.slots(context.matchId, addDays(from.value, -1), 2, duration.value)).items;
      loadFailed.value = false;
    } catch {
      slots.value = [];
      loadFailed.value = true;
    } finally {
      loading.value = false;
    }
  }

  function moveWeek(weeks: number): Promise<void> {
    from.value = addDays(from.value, 7 * weeks);
    selected.value = null;
    return load();
  }

  function choose(start: string): void {
    selected.value = start;
  }

  return { from, duration, slots, days, selected, chosen, loading, loadFailed, load, moveWeek, choose };
}

export type OpenSlots = ReturnType<typeof useOpenSlots>;
