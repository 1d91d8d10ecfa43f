import type { Match, Suggestions } from '@lantern/contracts';
import { ref, shallowRef } from 'vue';
import { ApiError } from '../api/api-error.js';

/** A peer's name from the suggestions: every peer is either suggested or excluded. */
export function peerNameIn(found: Suggestions | null, peerId: string): string {
  const peer = [...(found?.items ?? []), ...(found?.excluded ?? [])].find((candidate) => candidate.peerId === peerId);
  return peer?.displayName ?? peerId;
}

export interface SuggestionsApi {
  suggestions: (clientId: string) => Promise<Suggestions>;
  /** The client's confirmed match, if any. */
  activeMatch: (clientId: string) => Promise<Match | null>;
  confirm: (clientId: string, peerId: string) => Promise<Match>;
}

/**
 * Ranked peers for one client and "Confirm match". A refusal (409: the peer just filled up, the
 * client was matched by someone else) is kept as the API worded it, and the list is fetched again.
 */
export function useSuggestions(clientId: string, api: SuggestionsApi) {
  const suggestions = shallowRef<Suggestions | null>(null);
  const match = shallowRef<Match | null>(null);
  const loadFailed = ref(false);
  const confirming = ref<string | null>(null);
  /** Why the last confirmation was refused: the problem's `detail`, or '' when it gave none. */
  const refusal = ref<string | null>(null);

  async function load(): Promise<void> {
    loadFailed.value = false;
    try {
      const [found, active] = await Promise.all([api.suggestions(clientId), api.activeMatch(clientId)]);
      suggestions.value = found;
      match.value = active;
    } catch {
      loadFailed.value = true;
    }
  }

  async function confirm(peerId: string): Promise<boolean> {
    confirming.value = peerId;
    refusal.value = null;
    try {
      match.value = await api.confirm(clientId, peerId);
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

  return { suggestions, match, loadFailed, confirming, refusal, load, confirm };
}
