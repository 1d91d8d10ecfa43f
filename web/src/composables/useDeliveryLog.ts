import {
  NOTIFICATION_STATUSES,
  NOTIFICATION_TEMPLATES,
  type NotificationLog,
  type NotificationLogEntry,
} from '@lantern/contracts';
import { ref, shallowRef } from 'vue';
import type { DeliveryLogFilters } from '../api/notifications.js';

export type FetchLogPage = (filters: DeliveryLogFilters, cursor?: string) => Promise<NotificationLog>;

/** The delivery log, newest first as the API orders it; this pages through it. */
export function useDeliveryLog(fetchPage: FetchLogPage) {
  const items = shallowRef<NotificationLogEntry[]>([]);
  const nextCursor = ref<string | null>(null);
  const loading = ref(false);
  const failed = ref(false);
  let filters: DeliveryLogFilters = {};
  let generation = 0;

  async function load(cursor?: string): Promise<void> {
    const mine = ++generation;
    loading.value = true;
    failed.value = false;
    try {
      const page = await fetchPage(filters, cursor);
      // A slower answer for older filters must not overwrite a newer one.
      if (mine !== generation) return;
      items.value = cursor ? [...items.value, ...page.items] : page.items;
      nextCursor.value = page.nextCursor;
    } catch {
      if (mine === generation) failed.value = true;
    } finally {
      if (mine === generation) loading.value = false;
    }
  }

  /** Starts again from the newest entry with new filters. */
  function applyFilters(next: DeliveryLogFilters): Promise<void> {
    filters = { ...next };
    items.value = [];
    nextCursor.value = null;
    return load();
  }

  function loadMore(): Promise<void> {
    return nextCursor.value ? load(nextCursor.value) : Promise.resolve();
  }

  return { items, nextCursor, loading, failed, applyFilters, loadMore };
}

/** Filters from the page's query string (unknown values are dropped), so a shared link keeps them. */
export function logFiltersFromQuery(query: Record<string, unknown>): DeliveryLogFilters {
  const { status, template } = query;
  const known = <T extends string>(values: readonly T[], value: unknown): value is T =>
    typeof value === 'string' && (values as readonly string[]).includes(value);
  return {
    ...(known(NOTIFICATION_STATUSES, status) ? { status } : {}),
    ...(known(NOTIFICATION_TEMPLATES, template) ? { template } : {}),
  };
}
