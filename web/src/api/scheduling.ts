import type {
  BookSessionsRequest,
  BookSessionsResult,
  CancelResult,
  ChangeScope,
  LinkView,
  OutcomeRequest,
  RescheduleResult,
  Session,
  SessionList,
  SlotList,
} from '@lantern/contracts';
import type * as z from 'zod/mini';
import { callRoute } from './call-route.js';
import { WEB_ROUTES } from './routes.js';

/** The scheduling service's staff routes, each through its route value. */
export function schedulingApi(apiUrl: string, token: () => string) {
  const auth = () => ({ token: token() });
  return {
    slots: (matchId: string, from: string, weeks: number, duration: number): Promise<SlotList> =>
      callRoute(apiUrl, WEB_ROUTES.getSlots, { ...auth(), params: { matchId }, query: { from, weeks, duration } }),
    book: (body: z.input<typeof BookSessionsRequest>, idempotencyKey: string): Promise<BookSessionsResult> =>
      callRoute(apiUrl, WEB_ROUTES.bookSessions, { ...auth(), body, headers: { 'idempotency-key': idempotencyKey } }),
    list: (
      query: { peerId?: string; clientId?: string; from?: string; to?: string },
      cursor?: string,
    ): Promise<SessionList> =>
      callRoute(apiUrl, WEB_ROUTES.listSessions, {
        ...auth(),
        query: { ...query, limit: 100, ...(cursor ? { cursor } : {}) },
      }),
    reschedule: (sessionId: string, start: string, scope: ChangeScope): Promise<RescheduleResult> =>
      callRoute(apiUrl, WEB_ROUTES.rescheduleSession, { ...auth(), params: { sessionId }, body: { start, scope } }),
    cancel: (sessionId: string, scope: ChangeScope): Promise<CancelResult> =>
      callRoute(apiUrl, WEB_ROUTES.cancelSession, { ...auth(), params: { sessionId }, query: { scope } }),
    recordOutcome: (sessionId: string, status: OutcomeRequest['status']): Promise<Session> =>
      callRoute(apiUrl, WEB_ROUTES.recordOutcome, { ...auth(), params: { sessionId }, body: { status } }),
  };
}

export type SchedulingApi = ReturnType<typeof schedulingApi>;

/** The client's own link (public, signed): no sign-in, the token is the only key. */
export function linkApi(apiUrl: string, token: string) {
  const params = { token };
  return {
    get: (): Promise<LinkView> => callRoute(apiUrl, WEB_ROUTES.getLink, { params }),
    reschedule: (start: string): Promise<LinkView> =>
      callRoute(apiUrl, WEB_ROUTES.linkReschedule, { params, body: { start } }),
    cancel: (scope: ChangeScope): Promise<LinkView> =>
      callRoute(apiUrl, WEB_ROUTES.linkCancel, { params, body: { scope } }),
  };
}

export type LinkApi = ReturnType<typeof linkApi>;
