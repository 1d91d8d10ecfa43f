import type { Match, Suggestions } from '@lantern/contracts';
import { ref, shallowRef } from 'vue';
import { ApiError } from '../api/api-error.js';

/** A peer's name from the suggestions: every peer is either suggested or excluded. */
export function peerNameIn(found: Suggestions | null, peerId: string): string | undefined {
  return [...(found?.items ?? []), ...(found?.excluded ?? [])].find((peer) => peer.peerId === peerId)?.displayName;
}

export interface SuggestionsApi {
  suggestions: (clientId: string) => Promise<Suggestions>;
  /** The client's confirmed match, if any. */
  activeMatch: (clientId: string) => Promise<Match | null>;
  confirm: (clientId: string, peerId: string) => Promise<Match>;
  /** For a match made elsewhere, whose peer the suggestions may no longer list. */
  peerName: (peerId: string) => Promise<string>;
}

/**
 * Ranked peers for one client and "Confirm match". A refusal (409: the peer just filled up, the
 * client was matched by someone else) is kept as the API worded it, and the list is fetched again.
 * A matched client shows their peer instead of the list.
 */
export function useSuggestions(clientId: string, api: SuggestionsApi) {
  const suggestions = shallowRef<Suggestions | null>(null);
  const match = shallowRef<Match | null>(null);
  const matchedName = ref('');
  const loadFailed = ref(false);
  const confirming = ref<string | null>(null);
  /** Why the last confirmation was refused: the problem's `detail`, or '' when it gave none. */
  const refusal = ref<string | null>(null);

  async function load(): Promise<void> {
    loadFailed.value = false;
    try {
      // A matched client may have left the waitlist, so their suggestions are allowed to fail.
      const [active, found] = await Promise.all([
        api.activeMatch(clientId),
        api.suggestions(clientId).catch(() => null),
      ]);
      match.value = active;
      suggestions.value = found;
      if (active) {
        matchedName.value =
          peerNameIn(found, active.peerId) ?? (await api.peerName(active.peerId).catch(() => active.peerId));
      } else if (!found) {
        loadFailed.value = true;
      }
    } catch {
      loadFailed.value = true;
    }
  }

  async function confirm(peerId: string): Promise<boolean> {
    confirming.value = peerId;
    refusal.value = null;
    try {
      match.value = await api.confirm(clientId, peerId);
      matchedName.value = peerNameIn(suggestions.value, peerId) ?? peerId;
      return true;
    } catch (error) {
      // Said once the list is fetched again, since the message says it has been refreshed.
      await load();
      refusal.value = error instanceof ApiError ? (error.problem?.detail ?? '') : '';
      return false;
    } finally {
      confirming.value = null;
    }
  }

  return { suggestions, match, matchedName, loadFailed, confirming, refusal, load, confirm };
}
