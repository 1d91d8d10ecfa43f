import type {
  ApplyRunResult,
  Match,
  MatchingRun,
  MatchList,
  Peer,
  PeerAvailabilityRequest,
  PeerInputBody,
  PeerList,
  PeerStatus,
  Suggestions,
} from '@lantern/contracts';
import { callRoute } from './call-route.js';
import { WEB_ROUTES } from './routes.js';

/** The matching service's routes the staff app calls, each through its route value. */
export function matchingApi(apiUrl: string, token: () => string) {
  const auth = () => ({ token: token() });
  return {
    listPeers: (status: PeerStatus | undefined, cursor?: string, limit = 100): Promise<PeerList> =>
      callRoute(apiUrl, WEB_ROUTES.listPeers, {
        ...auth(),
        query: { limit, ...(status ? { status } : {}), ...(cursor ? { cursor } : {}) },
      }),
    createPeer: (body: PeerInputBody): Promise<Peer> => callRoute(apiUrl, WEB_ROUTES.createPeer, { ...auth(), body }),
    getPeer: (peerId: string): Promise<Peer> =>
      callRoute(apiUrl, WEB_ROUTES.getPeer, { ...auth(), params: { peerId } }),
    /** Replaces the profile read at `version`; a stale version gets 412 and nothing changes. */
    replacePeer: (peerId: string, version: number, body: PeerInputBody): Promise<Peer> =>
      callRoute(apiUrl, WEB_ROUTES.replacePeer, {
        ...auth(),
        params: { peerId },
        body,
        headers: { 'if-match': `"${version}"` },
      }),
    /** Weekly windows and time off only (a peer may set their own); stale `version` gets 412. */
    setAvailability: (peerId: string, version: number, body: PeerAvailabilityRequest): Promise<Peer> =>
      callRoute(apiUrl, WEB_ROUTES.setPeerAvailability, {
        ...auth(),
        params: { peerId },
        body,
        headers: { 'if-match': `"${version}"` },
      }),
    suggestions: (clientId: string): Promise<Suggestions> =>
      callRoute(apiUrl, WEB_ROUTES.getSuggestions, { ...auth(), params: { clientId } }),
    confirmMatch: (clientId: string, peerId: string): Promise<Match> =>
      callRoute(apiUrl, WEB_ROUTES.createMatch, { ...auth(), body: { clientId, peerId } }),
    listMatches: (
      query: { clientId?: string; peerId?: string; status?: Match['status'] },
      cursor?: string,
    ): Promise<MatchList> =>
      callRoute(apiUrl, WEB_ROUTES.listMatches, {
        ...auth(),
        query: { ...query, limit: 100, ...(cursor ? { cursor } : {}) },
      }),
    startRun: (): Promise<MatchingRun> => callRoute(apiUrl, WEB_ROUTES.startRun, auth()),
    getRun: (runId: string): Promise<MatchingRun> =>
      callRoute(apiUrl, WEB_ROUTES.getRun, { ...auth(), params: { runId } }),
    applyRun: (runId: string): Promise<ApplyRunResult | MatchingRun> =>
      callRoute(apiUrl, WEB_ROUTES.applyRun, { ...auth(), params: { runId } }),
  };
}

export type MatchingApi = ReturnType<typeof matchingApi>;
