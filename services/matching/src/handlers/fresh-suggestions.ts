import type { Suggestions } from '@lantern/contracts';
import { suggestionsFor } from '../domain/suggestions.js';
import { clientsStore, type StoredWaitingClient } from '../store/default-store.js';

/**
 * A client's suggestions as of now: the stored ones while neither the roster (any peer change,
 * confirmation or end bumps its stamp) nor the client changed since they were computed; else
 * computed again and stored. Never stale: the stamp is read before the roster.
 */
export async function freshSuggestions(stored: StoredWaitingClient): Promise<Suggestions | undefined> {
  const { clientId } = stored.client;
  const [stamp, kept] = await Promise.all([clientsStore.rosterStamp(), clientsStore.getSuggestions(clientId)]);
  if (kept && kept.rosterStamp === stamp && kept.clientVersion === stored.version) return kept.suggestions;
  const [peers, matches] = await Promise.all([clientsStore.rosterAt(stamp), clientsStore.matchesOfClient(clientId)]);
  const suggestions = suggestionsFor({ client: stored.client, peers, matches, now: new Date() });
  if (suggestions) {
    await clientsStore.saveSuggestions(clientId, { suggestions, rosterStamp: stamp, clientVersion: stored.version });
  }
  return suggestions;
}
