/** The matching service's routes: data only (contracts schemas), safe for the web app to import. */
export { applyRunRoute } from './apply-run.js';
export { createMatchRoute } from './create-match.js';
export { createPeerRoute } from './create-peer.js';
export { endMatchRoute } from './end-match.js';
export { getPeerRoute } from './get-peer.js';
export { getRunRoute } from './get-run.js';
export { getSuggestionsRoute } from './get-suggestions.js';
export { listMatchesRoute } from './list-matches.js';
export { listPeersRoute } from './list-peers.js';
export { replacePeerRoute } from './replace-peer.js';
export { setPeerAvailabilityRoute } from './set-peer-availability.js';
export { startRunRoute } from './start-run.js';
