import type { Suggestions } from '@lantern/contracts';
import { suggestionsFor } from '../domain/suggestions.js';
import { clientsStore, rosterStore, type StoredWaitingClient } from '../store/default-store.js';

/**
 * A client's suggestions as of now: the stored ones while neither the roster (any peer change,
 * confirmation or end bumps its stamp) nor the client changed since they were computed; else
 * computed again and stored. Never stale: the stamp is read before the roster. Everything a
 * recomputation needs besides the roster is read in the same round trip as the check, so stale
 * suggestions cost no extra wait (the roster is kept while its stamp holds, and packed for others).
 */
export async function freshSuggestions(
  clientId: string,
  client: StoredWaitingClient | Promise<StoredWaitingClient | undefined>,
): Promise<Suggestions | undefined> {
  const [stored, stamp, kept, matches] = await Promise.all([
    client,
    rosterStore.stamp(),
    clientsStore.getSuggestions(clientId),
    clientsStore.matchesOfClient(clientId),
  ]);
  if (!stored) return undefined;
  if (kept && kept.rosterStamp === stamp.value && kept.clientVersion === stored.version) return kept.suggestions;
  const peers = await rosterStore.rosterAt(stamp);
  const suggestions = suggestionsFor({ client: stored.client, peers, matches, now: new Date() });
  // Computed from a roster read just after a change, they are shown but not kept (roster-store.ts).
  if (suggestions && rosterStore.settled(stamp)) {
    const saved = { suggestions, rosterStamp: stamp.value, clientVersion: stored.version };
    await clientsStore.saveSuggestions(clientId, saved);
  }
  return suggestions;
}
