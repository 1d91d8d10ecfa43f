import {
  clearUrgentRoute,
  getClientHistoryRoute,
  getClientRoute,
  listClientsRoute,
  recordContactAttemptRoute,
  submitIntakeRoute,
  updateClientRoute,
} from '@lantern/intake/routes';
import {
  applyRunRoute,
  createMatchRoute,
  createPeerRoute,
  getPeerRoute,
  getRunRoute,
  getSuggestionsRoute,
  listMatchesRoute,
  listPeersRoute,
  replacePeerRoute,
  startRunRoute,
} from '@lantern/matching/routes';
import { listNotificationsRoute, unsubscribeRoute } from '@lantern/notifications/routes';

/** Every API route the web app calls, by its route value; the drift test checks them against the services'. */
export const WEB_ROUTES = {
  submitIntake: submitIntakeRoute,
  listClients: listClientsRoute,
  getClient: getClientRoute,
  updateClient: updateClientRoute,
  listPeers: listPeersRoute,
  createPeer: createPeerRoute,
  getPeer: getPeerRoute,
  replacePeer: replacePeerRoute,
  getSuggestions: getSuggestionsRoute,
  createMatch: createMatchRoute,
  listMatches: listMatchesRoute,
  startRun: startRunRoute,
  getRun: getRunRoute,
  applyRun: applyRunRoute,
  recordContactAttempt: recordContactAttemptRoute,
  clearUrgent: clearUrgentRoute,
  getClientHistory: getClientHistoryRoute,
  listNotifications: listNotificationsRoute,
  unsubscribe: unsubscribeRoute,
} as const;
