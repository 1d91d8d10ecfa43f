import { httpHandler } from '@lantern/runtime';
import { rosterPeerOf } from '../domain/profiles.js';
import { ConflictError, NotFoundError, plainDetail } from '../domain/refusals.js';
import { suggestionsFor } from '../domain/suggestions.js';
import { createMatchRoute } from '../routes/create-match.js';
import { clientsStore, peersStore } from '../store/default-store.js';
import { confirmPair } from './confirm-pair.js';

/**
 * POST /matches (coordinator): confirm a pair with the score and reasons a coordinator saw. 409
 * with a plain detail ("Alex has just reached capacity") when it no longer holds; nothing written.
 */
export const handler = httpHandler(createMatchRoute, async ({ body, caller }) => {
  const [stored, peer, clientMatches] = await Promise.all([
    clientsStore.getWaiting(body.clientId),
    peersStore.getPeer(body.peerId),
    clientsStore.matchesOfClient(body.clientId),
  ]);
  if (!peer) throw new NotFoundError('No peer with this id.');
  if (!stored) throw new NotFoundError('No client with this id has reached matching.');
  const ranked = suggestionsFor({
    client: stored.client,
    peers: [rosterPeerOf(peer)],
    matches: clientMatches,
    now: new Date(),
  });
  const scored = ranked?.items.find((item) => item.peerId === peer.peerId);
  const outcome = await confirmPair({
    client: stored.client,
    peer,
    clientMatches,
    score: scored?.score ?? 0,
    reasons: scored?.reasons ?? [],
    confirmedBy: caller.subject,
  });
  if (!outcome.ok) throw new ConflictError(plainDetail(outcome.refusals.map((refusal) => refusal.detail)));
  return { status: 201, body: outcome.match, headers: { etag: `"${outcome.match.version}"` } };
});
