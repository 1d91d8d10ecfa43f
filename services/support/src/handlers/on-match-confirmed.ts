import { MatchConfirmed } from '@lantern/contracts';
import { eventHandler } from '@lantern/runtime';
import { projections, table } from '../store/default-store.js';

/** MatchConfirmed → the client's peer (by sign-in name), and the client's channels and locale as of then. */
export const handler = eventHandler(MatchConfirmed, { idempotencyTable: table }, async ({ data }) => {
  await projections.recordMatchConfirmed({
    clientId: data.clientId,
    matchId: data.matchId,
    peerAccount: data.peer.email,
    at: data.confirmedAt,
  });
  await projections.recordClient(
    data.clientId,
    { contactChannels: data.client.contactChannels, locale: data.client.locale },
    data.confirmedAt,
  );
});
