/** The matching service's routes: data only (contracts schemas), safe for the web app to import. */
export { createMatchRoute, endMatchRoute, listMatchesRoute } from './matches.js';
export {
  createPeerRoute,
  getPeerRoute,
  listPeersRoute,
  replacePeerRoute,
  setPeerAvailabilityRoute,
} from './peers.js';
export { applyRunRoute, getRunRoute, startRunRoute } from './runs.js';
export { getSuggestionsRoute } from './suggestions.js';
