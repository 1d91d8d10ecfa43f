import { buildEvent, type ClientRecord, ClientUpdated } from '@lantern/contracts';
import { logger } from '@lantern/runtime';
import { newEventId } from '../domain/ids.js';
import type { LinkChange, PeerLink } from '../domain/match-link.js';
import { clientsStore } from '../store/default-store.js';

/** A coordinator's change racing this one: the loser reads again, this often. */
const ATTEMPTS = 5;

/**
 * Applies matching's news to a client record: status (with its ClientUpdated event, so matching's
 * waitlist follows) and the linked peer, on the version read; a lost race is worked out again.
 */
export async function followMatch(
  clientId: string,
  change: (record: ClientRecord, link: PeerLink | undefined, now: Date) => LinkChange,
): Promise<void> {
  for (let attempt = 0; attempt < ATTEMPTS; attempt++) {
    const stored = await clientsStore.getClient(clientId);
    if (!stored) {
      // Matching learns of clients from intake's own events: an unknown one is not ours to create.
      logger.warn('A match names a client this service does not hold', { clientId });
      return;
    }
    const now = new Date();
    const outcome = change(stored.record, stored.link, now);
    if (!outcome.changed) return;
    const { record } = outcome;
    const event =
      record.status === stored.record.status
        ? undefined
        : buildEvent(
            ClientUpdated,
            { clientId, changes: { status: record.status }, updatedAt: record.updatedAt },
            { eventId: newEventId(), occurredAt: record.updatedAt },
          );
    if (await clientsStore.saveClientChange(stored, record, event, now, [], outcome.link)) return;
  }
  throw new Error('The client record kept changing under this event');
}
