import type { ClientSummary, Peer } from '@lantern/contracts';
import { computed, ref, shallowRef } from 'vue';
import { caseloadBars, caseloadTotals, waitlistBands } from '../matching/overview.js';

export interface OverviewSources {
  peers: () => Promise<Peer[]>;
  waiting: () => Promise<ClientSummary[]>;
  now: () => Date;
}

/** Caseloads against capacity and the waitlist by urgency and age, from the peers and waiting clients. */
export function useMatchingOverview(sources: OverviewSources) {
  const peers = shallowRef<Peer[] | null>(null);
  const waiting = shallowRef<ClientSummary[] | null>(null);
  const failed = ref(false);
  const loadedAt = shallowRef<Date>(sources.now());

  async function load(): Promise<void> {
    failed.value = false;
    try {
      const [foundPeers, foundWaiting] = await Promise.all([sources.peers(), sources.waiting()]);
      loadedAt.value = sources.now();
      peers.value = foundPeers;
      waiting.value = foundWaiting;
    } catch {
      failed.value = true;
    }
  }

  const bars = computed(() => (peers.value ? caseloadBars(peers.value) : []));
  const totals = computed(() => caseloadTotals(bars.value));
  const bands = computed(() => (waiting.value ? waitlistBands(waiting.value, loadedAt.value) : []));
  const waitingTotals = computed(() => ({
    count: waiting.value?.length ?? 0,
    urgent: waiting.value?.filter((client) => client.urgent).length ?? 0,
  }));
  const loaded = computed(() => peers.value !== null && waiting.value !== null);

  return { bars, totals, bands, waitingTotals, loaded, failed, load };
}
