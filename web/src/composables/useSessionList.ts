import type { ChangeScope, OutcomeRequest, Session } from '@lantern/contracts';
import { ref, shallowRef } from 'vue';
import { ApiError } from '../api/api-error.js';
import type { SchedulingApi } from '../api/scheduling.js';

/** A client's, a peer's, or (for a peer, with nothing named) their own. */
export type SessionsQuery = { clientId: string } | { peerId: string } | Record<string, never>;
export type ChangeFailure = 'conflict' | 'failed';

/** A client's or a peer's sessions in a range (every page of it), with reschedule, cancel and outcome. */
export function useSessionList(
  api: Pick<SchedulingApi, 'list' | 'reschedule' | 'cancel' | 'recordOutcome'>,
  query: SessionsQuery,
  range: () => { from?: string; to?: string } = () => ({}),
) {
  const sessions = shallowRef<Session[]>([]);
  const loadFailed = ref(false);
  const busy = ref<string | null>(null);
  const failure = ref<{ sessionId: string; kind: ChangeFailure } | null>(null);

  async function load(): Promise<void> {
    try {
      const all: Session[] = [];
      let cursor: string | undefined;
      do {
        const page = await api.list({ ...query, ...range() }, cursor);
        all.push(...page.items);
        cursor = page.nextCursor ?? undefined;
      } while (cursor);
      sessions.value = all.sort((a, b) => a.start.localeCompare(b.start));
      loadFailed.value = false;
    } catch {
      loadFailed.value = true;
    }
  }

  async function change(session: Session, run: () => Promise<unknown>): Promise<boolean> {
    busy.value = session.sessionId;
    failure.value = null;
    try {
      await run();
      await load();
      return true;
    } catch (error) {
      const kind = error instanceof ApiError && error.status === 409 ? 'conflict' : 'failed';
      failure.value = { sessionId: session.sessionId, kind };
      return false;
    } finally {
      busy.value = null;
    }
  }

  const reschedule = (session: Session, start: string, scope: ChangeScope) =>
    change(session, () => api.reschedule(session.sessionId, start, scope));
  const cancel = (session: Session, scope: ChangeScope) => change(session, () => api.cancel(session.sessionId, scope));
  const recordOutcome = (session: Session, status: OutcomeRequest['status']) =>
    change(session, () => api.recordOutcome(session.sessionId, status));

  return { sessions, loadFailed, busy, failure, load, reschedule, cancel, recordOutcome };
}
