import type { Match, Session } from '@lantern/contracts';
import { callRoute } from '../api/call-route.js';
import { getClient } from '../api/clients.js';
import { WEB_ROUTES } from '../api/routes.js';
import { schedulingApi } from '../api/scheduling.js';
import { supportApi } from '../api/support.js';
import { accessToken } from '../auth/session.js';
import { runtimeConfig } from '../config/runtime-config.js';
import { allPages } from '../support/all-pages.js';
import type { PeerHomeApi } from './usePeerHome.js';

/** The workspace's API calls, with the signed-in person's token. */
export function useSupportApi() {
  return supportApi(runtimeConfig().apiUrl, accessToken);
}

/** What the peer's home reads: their matches (matching), each client's record (intake), sessions (scheduling) and workspace. */
export function usePeerHomeApi(): PeerHomeApi {
  const apiUrl = runtimeConfig().apiUrl;
  const api = supportApi(apiUrl, accessToken);
  const scheduling = schedulingApi(apiUrl, accessToken);
  return {
    myMatches: () =>
      allPages<Match>((cursor) =>
        callRoute(apiUrl, WEB_ROUTES.listMatches, {
          token: accessToken(),
          query: { status: 'confirmed', ...(cursor ? { cursor } : {}) },
        }),
      ),
    getClient: (clientId) => getClient(apiUrl, accessToken(), clientId),
    goals: (clientId) => allPages((cursor) => api.listGoals(clientId, cursor)),
    contacts: async (clientId) => (await api.listContacts(clientId)).items,
    openConcerns: (clientId) => allPages((cursor) => api.listConcerns(clientId, cursor, 'open')),
    sessions: (clientId, from, to) => allPages<Session>((cursor) => scheduling.list({ clientId, from, to }, cursor)),
  };
}
