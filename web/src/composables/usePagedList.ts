import { ref, shallowRef } from 'vue';

export interface Page<T> {
  items: T[];
  nextCursor: string | null;
}

export type FetchPage<T, F> = (filters: F, cursor?: string) => Promise<Page<T>>;

/**
 * A list the API pages with an opaque cursor: the first page for some filters, then "Load more".
 * A slower answer for older filters never overwrites a newer one.
 */
export function usePagedList<T, F>(fetchPage: FetchPage<T, F>, initial: F) {
  const items = shallowRef<T[]>([]);
  const nextCursor = ref<string | null>(null);
  const loading = ref(false);
  const failed = ref(false);
  let filters = initial;
  let generation = 0;

  async function load(cursor?: string): Promise<void> {
    const mine = ++generation;
    loading.value = true;
    failed.value = false;
    try {
      const page = await fetchPage(filters, cursor);
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
  function applyFilters(next: F): Promise<void> {
    filters = next;
    items.value = [];
    nextCursor.value = null;
    return load();
  }

  function loadMore(): Promise<void> {
    return nextCursor.value ? load(nextCursor.value) : Promise.resolve();
  }

  return { items, nextCursor, loading, failed, applyFilters, loadMore, reload: () => load() };
}
