import { CLIENT_STATUSES, type ClientList, type ClientSummary } from '@lantern/contracts';
import { ref, shallowRef } from 'vue';
import type { QueueFilters } from '../api/clients.js';

export type FetchQueuePage = (filters: QueueFilters, cursor?: string) => Promise<ClientList>;

/** The coordinator's queue: the API orders it (urgent first, then oldest); this pages through it. */
export function useClientQueue(fetchPage: FetchQueuePage) {
  const items = shallowRef<ClientSummary[]>([]);
  const nextCursor = ref<string | null>(null);
  const loading = ref(false);
  const failed = ref(false);
  let filters: QueueFilters = {};
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

  /** Starts again from the first page with new filters. */
  function applyFilters(next: QueueFilters): Promise<void> {
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

/** Filters from the page's query string, so the back button and a shared link keep them. */
export function filtersFromQuery(query: Record<string, unknown>): QueueFilters {
  const filters: QueueFilters = {};
  const { status, urgent } = query;
  if (typeof status === 'string' && (CLIENT_STATUSES as readonly string[]).includes(status)) {
    filters.status = status as QueueFilters['status'];
  }
  if (urgent === 'true' || urgent === 'false') filters.urgent = urgent === 'true';
  return filters;
}
