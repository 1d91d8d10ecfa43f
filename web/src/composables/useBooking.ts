import type { BookSessionsResult, Modality } from '@lantern/contracts';
import { BookingConflictProblem } from '@lantern/contracts';
import { ref, shallowRef } from 'vue';
import { ApiError } from '../api/api-error.js';
import type { SchedulingApi } from '../api/scheduling.js';
import { useOpenSlots } from './useOpenSlots.js';

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
  const grid = useOpenSlots(api, context, today);
  const { selected, chosen, duration } = grid;
  const modality = ref<Modality>('video');
  const weekly = ref(false);
  const count = ref(12);
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

  // A failed read of the open times is one of the booking's failures, cleared by the next good read.
  async function afterReading(read: Promise<void>): Promise<void> {
    await read;
    if (grid.loadFailed.value) failure.value = 'loadFailed';
    else if (failure.value === 'loadFailed') failure.value = null;
  }
  const load = () => afterReading(grid.load());
  const moveWeek = (weeks: number) => afterReading(grid.moveWeek(weeks));

  function choose(start: string): void {
    grid.choose(start);
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
    ...grid,
    modality,
    weekly,
    count,
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
