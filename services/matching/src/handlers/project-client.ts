import type { ProjectionChange, WaitingClient } from '../domain/waiting-clients.js';
import { isWaiting } from '../domain/waiting-clients.js';
import { clientsStore } from '../store/default-store.js';
import { freshSuggestions } from './fresh-suggestions.js';

/** Two consumers folding events of one client at once: the loser reads again, this often. */
const ATTEMPTS = 5;

/**
 * Folds one event into the waiting-client projection (a conditional write on the version read,
 * so concurrent folds never lose one), then computes the client's suggestions ahead while they
 * wait, so the coordinator's first view is instant. The fold is order-free and idempotent.
 */
export async function projectClient(
  clientId: string,
  fold: (current: WaitingClient | undefined) => ProjectionChange,
): Promise<void> {
  for (let attempt = 0; attempt < ATTEMPTS; attempt++) {
    const previous = await clientsStore.getWaiting(clientId);
    const change = fold(previous?.client);
    if (!change.changed) return;
    if (await clientsStore.saveWaiting(change.client, previous)) {
      if (isWaiting(change.client)) {
        await freshSuggestions(clientId, { client: change.client, version: (previous?.version ?? 0) + 1 });
      }
      return;
    }
  }
  // Thrown, the event is delivered again (the idempotency record is left unwritten).
  throw new Error('The waiting-client projection kept changing under this event');
}
