import {
  PEER_STATUSES,
  type Peer,
  type PeerList,
  type PeerStatus,
  SUPPORT_AREAS,
  type SupportArea,
} from '@lantern/contracts';
import { computed, ref, shallowRef } from 'vue';

export type FetchPeerPage = (status: PeerStatus | undefined, cursor?: string) => Promise<PeerList>;

export interface RosterFilters {
  status?: PeerStatus;
  language?: string;
  livedExperience?: SupportArea;
}

/** Peers shown for the filters the API cannot apply (it filters by status only). */
export function filterPeers(peers: readonly Peer[], filters: RosterFilters): Peer[] {
  return peers.filter(
    (peer) =>
      (!filters.language || peer.languages.includes(filters.language)) &&
      (!filters.livedExperience || peer.livedExperience.includes(filters.livedExperience)),
  );
}

/** How full a peer's caseload is, for the roster's meter: never above 1, `full` at capacity. */
export function caseloadShare(peer: Pick<Peer, 'caseload' | 'capacity'>): { ratio: number; full: boolean } {
  const full = peer.caseload >= peer.capacity;
  return { ratio: peer.capacity === 0 ? 1 : Math.min(1, peer.caseload / peer.capacity), full };
}

/** The roster: pages from the API by status; language and lived experience filter what is loaded. */
export function usePeerRoster(fetchPage: FetchPeerPage) {
  const loaded = shallowRef<Peer[]>([]);
  const nextCursor = ref<string | null>(null);
  const loading = ref(false);
  const failed = ref(false);
  const filters = ref<RosterFilters>({});
  let generation = 0;

  async function load(cursor?: string): Promise<void> {
    const mine = ++generation;
    loading.value = true;
    failed.value = false;
    try {
      const page = await fetchPage(filters.value.status, cursor);
      // An answer for older filters must not overwrite a newer one.
      if (mine !== generation) return;
      loaded.value = cursor ? [...loaded.value, ...page.items] : page.items;
      nextCursor.value = page.nextCursor;
    } catch {
      if (mine === generation) failed.value = true;
    } finally {
      if (mine === generation) loading.value = false;
    }
  }

  /** A new status asks the API again; the other filters only narrow what is already here. */
  function applyFilters(next: RosterFilters): Promise<void> {
    const statusChanged = next.status !== filters.value.status;
    filters.value = { ...next };
    if (!statusChanged && (loaded.value.length > 0 || loading.value)) return Promise.resolve();
    loaded.value = [];
    nextCursor.value = null;
    return load();
  }

  const items = computed(() => filterPeers(loaded.value, filters.value));
  const languages = computed(() => [...new Set(loaded.value.flatMap((peer) => peer.languages))].sort());

  return {
    items,
    languages,
    nextCursor,
    loading,
    failed,
    applyFilters,
    loadMore: () => (nextCursor.value ? load(nextCursor.value) : Promise.resolve()),
    reload: () => load(),
  };
}

/** Filters from the page's query string, so Back and a shared link keep them. */
export function rosterFiltersFromQuery(query: Record<string, unknown>): RosterFilters {
  const filters: RosterFilters = {};
  const { status, language, lived } = query;
  if (typeof status === 'string' && (PEER_STATUSES as readonly string[]).includes(status)) {
    filters.status = status as PeerStatus;
  }
  if (typeof language === 'string' && /^[a-z]{2,3}$/.test(language)) filters.language = language;
  if (typeof lived === 'string' && (SUPPORT_AREAS as readonly string[]).includes(lived)) {
    filters.livedExperience = lived as SupportArea;
  }
  return filters;
}
