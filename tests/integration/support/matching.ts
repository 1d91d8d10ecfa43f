import { EXAMPLE_PEER, type Peer, type PeerInputBody } from '@lantern/contracts';
import { call, eventually, intake, tokenFor } from './api.js';

let counter = 0;

/** A new peer through the API, with a unique email (no sign-in account: coordinators act on it). */
export async function createPeer(overrides: Partial<PeerInputBody> = {}): Promise<Peer> {
  counter += 1;
  const email = `peer-${Date.now()}-${counter}@example.org`;
  const response = await call<Peer>('POST', '/peers', {
    body: { ...EXAMPLE_PEER, email, status: 'active', ...overrides },
    token: await tokenFor('coordinator@example.org'),
  });
  if (response.status !== 201) throw new Error(`POST /peers answered ${response.status}`);
  return response.body;
}

/** Submits an intake and waits until matching has suggestions for the client; the client's id. */
export async function waitingClient(overrides: Parameters<typeof intake>[0] = {}): Promise<string> {
  const submitted = await call<{ clientId: string }>('POST', '/intakes', { body: intake(overrides) });
  if (submitted.status !== 201) throw new Error(`POST /intakes answered ${submitted.status}`);
  const { clientId } = submitted.body;
  await suggestionsOf(clientId);
  return clientId;
}

export interface SuggestionsBody {
  items: { peerId: string; displayName: string; score: number; reasons: { criterion: string; points: number }[] }[];
  excluded: { peerId: string; because: string[]; codes: string[] }[];
}

/** The client's suggestions, once matching has the client (the intake travels over the bus). */
export async function suggestionsOf(clientId: string): Promise<SuggestionsBody> {
  const token = await tokenFor('coordinator@example.org');
  return eventually(
    async () => {
      const response = await call<SuggestionsBody>('GET', `/clients/${clientId}/suggestions`, { token });
      return response.status === 200 ? response.body : undefined;
    },
    { timeoutMs: 20_000, what: `suggestions for ${clientId}` },
  );
}

/** Every peer on the roster, page after page. */
export async function roster(): Promise<Peer[]> {
  const token = await tokenFor('coordinator@example.org');
  const peers: Peer[] = [];
  let cursor: string | null = null;
  do {
    const query: string = cursor ? `?limit=100&cursor=${encodeURIComponent(cursor)}` : '?limit=100';
    const page = await call<{ items: Peer[]; nextCursor: string | null }>('GET', `/peers${query}`, { token });
    peers.push(...page.body.items);
    cursor = page.body.nextCursor;
  } while (cursor);
  return peers;
}

/** Runs `task` over `items`, `width` at a time (the local cloud shares two cores). */
export async function inBatches<T, R>(items: readonly T[], width: number, task: (item: T) => Promise<R>): Promise<R[]> {
  const results: R[] = [];
  for (let at = 0; at < items.length; at += width) {
    results.push(...(await Promise.all(items.slice(at, at + width).map(task))));
  }
  return results;
}
