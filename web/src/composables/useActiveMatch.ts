import type { Match, MatchList, Peer } from '@lantern/contracts';
import { ref, shallowRef } from 'vue';

/** A client's confirmed match and its peer (for the peer's zone), or none yet. */
export function useActiveMatch(api: {
  listMatches: (query: { clientId: string; status: 'confirmed' }) => Promise<MatchList>;
  getPeer: (peerId: string) => Promise<Peer>;
}) {
  const match = shallowRef<Match | null>(null);
  const peer = shallowRef<Peer | null>(null);
  const loaded = ref(false);
  const failed = ref(false);

  async function load(clientId: string): Promise<void> {
    failed.value = false;
    try {
      const found = (await api.listMatches({ clientId, status: 'confirmed' })).items[0] ?? null;
      peer.value = found ? await api.getPeer(found.peerId) : null;
      match.value = found;
    } catch {
      failed.value = true;
    } finally {
      loaded.value = true;
    }
  }

  return { match, peer, loaded, failed, load };
}
