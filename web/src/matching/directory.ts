import type { ClientList, ClientStatus, ClientSummary, Peer, PeerList } from '@lantern/contracts';
import type { QueueFilters } from '../api/clients.js';
import { loadAll } from './load-all.js';

/** The statuses in which a client waits for a peer (the matching service's waitlist). */
export const WAITING_STATUSES = ['new', 'in_review', 'waitlisted'] as const satisfies readonly ClientStatus[];

export type FetchClientPage = (filters: QueueFilters, cursor?: string, limit?: number) => Promise<ClientList>;
export type FetchPeersPage = (status: undefined, cursor?: string) => Promise<PeerList>;

/** Every waiting client, each status paged through in turn. */
export async function loadWaitingClients(fetchPage: FetchClientPage): Promise<ClientSummary[]> {
  const lists = await Promise.all(
    WAITING_STATUSES.map((status) => loadAll((cursor) => fetchPage({ status }, cursor, 100))),
  );
  return lists.flat();
}

export function loadAllPeers(fetchPage: FetchPeersPage): Promise<Peer[]> {
  return loadAll((cursor) => fetchPage(undefined, cursor));
}

/** Names for the ids a run answers with; an id nobody has a name for is shown as it is. */
export function nameBook(
  peers: readonly Pick<Peer, 'peerId' | 'displayName'>[],
  clients: readonly Pick<ClientSummary, 'clientId' | 'preferredName'>[],
): (id: string) => string {
  const names = new Map<string, string>([
    ...peers.map((peer) => [peer.peerId, peer.displayName] as const),
    ...clients.map((client) => [client.clientId, client.preferredName] as const),
  ]);
  return (id) => names.get(id) ?? id;
}
