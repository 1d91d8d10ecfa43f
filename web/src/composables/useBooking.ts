import type { BookSessionsResult, Modality, OpenSlot } from '@lantern/contracts';
import { BookingConflictProblem } from '@lantern/contracts';
import { computed, ref, shallowRef } from 'vue';
import { ApiError } from '../api/api-error.js';
import type { SchedulingApi } from '../api/scheduling.js';
import { addDays, dateIn, weekOf } from '../sessions/time.js';

export interface BookingContext {
  matchId: string;
  /** The zone the grid is read in: the viewer's own. */
  viewerZone: string;
}

export type BookingFailure = 'conflict' | 'failed' | 'loadFailed';

/** The open slots of a match a week at a time, and booking one session or a weekly series from them. */
export function useBooking(
  api: Pick<SchedulingApi, 'slots' | 'book'>,
  context: BookingContext,
  newKey: () => string = () => crypto.randomUUID(),
  today: () => Date = () => new Date(),
) {
  const from = ref(dateIn(today(), context.viewerZone));
  const duration = ref(60);
  const modality = ref<Modality>('video');
  const weekly = ref(false);
  const count = ref(12);
  const slots = shallowRef<OpenSlot[]>([]);
  const selected = ref<string | null>(null);
  const loading = ref(false);
  const saving = ref(false);
  const failure = ref<BookingFailure | null>(null);
  const conflicts = ref<string[]>([]);
  const booked = shallowRef<BookSessionsResult | null>(null);
  // One key per distinct request: a retry of the same booking after a lost answer books it once.
  let attempt: { key: string; body: string } | null = null;
  const keyFor = (body: object): string => {
    const text = JSON.stringify(body);
    if (attempt?.body !== text) attempt = { key: newKey(), body: text };
    return attempt.key;
  };

  const days = computed(() => weekOf(slots.value, from.value, context.viewerZone));
  const chosen = computed(() => slots.value.find((slot) => slot.start === selected.value) ?? null);

  async function load(): Promise<void> {
    loading.value = true;
    try {
      // `from` is read in the peer's zone by the API: a day earlier covers every zone's first day.
      const items = (await api.slots(context.matchId, addDays(from.value, -1), 2, duration.value)).items;
      slots.value = items;
      if (failure.value === 'loadFailed') failure.value = null;
    } catch {
      slots.value = [];
      failure.value = 'loadFailed';
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
    booked.value = null;
    failure.value = null;
    conflicts.value = [];
  }

  async function book(): Promise<boolean> {
    const slot = chosen.value;
    if (!slot || saving.value) return false;
    saving.value = true;
    failure.value = null;
    conflicts.value = [];
    try {
      const body = {
        matchId: context.matchId,
        start: slot.start,
        durationMinutes: duration.value,
        modality: modality.value,
        ...(weekly.value ? { repeat: { weekly: true as const, count: count.value } } : {}),
      };
      booked.value = await api.book(body, keyFor(body));
      attempt = null;
      selected.value = null;
      await load();
      return true;
    } catch (error) {
      const clash =
        error instanceof ApiError && error.status === 409 ? BookingConflictProblem.safeParse(error.body) : null;
      if (clash?.success) {
        failure.value = 'conflict';
        conflicts.value = [...new Set(clash.data.conflicts.map((conflict) => conflict.start))].sort();
        // Nothing was booked: trying again later is a new attempt, not a replay of this answer.
        attempt = null;
        const keep = conflicts.value;
        await load();
        conflicts.value = keep;
      } else {
        failure.value = 'failed';
      }
      return false;
    } finally {
      saving.value = false;
    }
  }

  return {
    from,
    duration,
    modality,
    weekly,
    count,
    slots,
    days,
    selected,
    chosen,
    loading,
    saving,
    failure,
    conflicts,
    booked,
    load,
    moveWeek,
    choose,
    book,
  };
}
