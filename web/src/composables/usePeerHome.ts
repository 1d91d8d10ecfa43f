import type { ClientRecord, Concern, Contact, Goal, Match, Session } from '@lantern/contracts';
import { computed, ref, shallowRef } from 'vue';
import { instantAt } from '../sessions/time.js';
import { type ClientCard, clientCard, needsMe } from '../support/peer-home.js';

export interface PeerHomeApi {
  /** The peer's own confirmed matches (the API answers a peer with theirs only). */
  myMatches: () => Promise<Match[]>;
  getClient: (clientId: string) => Promise<ClientRecord>;
  goals: (clientId: string) => Promise<Goal[]>;
  contacts: (clientId: string) => Promise<Contact[]>;
  openConcerns: (clientId: string) => Promise<Concern[]>;
  /** The client's sessions with this peer, from a month ago to two months ahead. */
  sessions: (clientId: string, from: string, to: string) => Promise<Session[]>;
}

const DAY_MS = 86_400_000;

/** A part that failed to load is left out of the card (and the page says so), not fatal. */
async function settled<T>(promise: Promise<T>): Promise<T | undefined> {
  try {
    return await promise;
  } catch {
    return undefined;
  }
}

/** The peer's home: my clients (name, next session, open goals, last contact) and what needs me. */
export function usePeerHome(api: PeerHomeApi, now: () => Date = () => new Date()) {
  const cards = shallowRef<ClientCard[]>([]);
  const loading = ref(false);
  const failed = ref(false);
  /** Some client's details could not all be read. */
  const partial = ref(false);

  async function load(): Promise<void> {
    loading.value = true;
    failed.value = false;
    partial.value = false;
    try {
      const matches = await api.myMatches();
      const clientIds = [...new Set(matches.filter((m) => m.status === 'confirmed').map((m) => m.clientId))];
      cards.value = await Promise.all(
        clientIds.map(async (clientId) => {
          const at = now().getTime();
          const [record, goals, contacts, concerns, sessions] = await Promise.all([
            settled(api.getClient(clientId)),
            settled(api.goals(clientId)),
            settled(api.contacts(clientId)),
            settled(api.openConcerns(clientId)),
            settled(api.sessions(clientId, instantAt(at - 30 * DAY_MS), instantAt(at + 60 * DAY_MS))),
          ]);
          if (!record || !goals || !contacts || !concerns || !sessions) partial.value = true;
          return clientCard(
            {
              clientId,
              ...(record ? { preferredName: record.preferredName } : {}),
              ...(goals ? { goals } : {}),
              ...(contacts ? { contacts } : {}),
              ...(concerns ? { concerns } : {}),
              ...(sessions ? { sessions } : {}),
            },
            now(),
          );
        }),
      );
    } catch {
      failed.value = true;
    } finally {
      loading.value = false;
    }
  }

  return { cards, loading, failed, partial, needs: computed(() => needsMe(cards.value)), load };
}
