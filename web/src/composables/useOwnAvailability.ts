import { type Peer, PeerAvailabilityRequest } from '@lantern/contracts';
import { ref, shallowRef } from 'vue';
import { ApiError } from '../api/api-error.js';
import { type PeerDraft, peerDraftFrom, peerInputFrom } from '../matching/peer-draft.js';
import type { FieldErrors } from './usePeerForm.js';

export interface OwnAvailabilityApi {
  /** The signed-in peer's record: the API answers a peer's `GET /peers` with a list of one. */
  ownPeer: () => Promise<Peer | undefined>;
  setAvailability: (peerId: string, version: number, body: PeerAvailabilityRequest) => Promise<Peer>;
}

/** `stale`: someone saved the record since it was read (412); the edits are kept. */
export type SaveOutcome = 'saved' | 'stale' | 'refused' | null;

const pathOf = (path: readonly PropertyKey[]) => path.map(String).join('.');

/** The request body for the draft, built as the coordinator's form builds it. */
function availabilityBody(draft: PeerDraft): PeerAvailabilityRequest {
  const { availability, timeOff = [] } = peerInputFrom(draft);
  return { availability, timeOff };
}

/**
 * A peer's own weekly availability and time off, edited with the coordinator's editors. A refused
 * save keeps every edit; a 412 reads the newer version so that saving again is a deliberate choice.
 */
export function useOwnAvailability(api: OwnAvailabilityApi) {
  const peer = shallowRef<Peer | null>(null);
  const draft = ref<PeerDraft | null>(null);
  const state = ref<'loading' | 'ready' | 'noRecord' | 'failed'>('loading');
  const errors = shallowRef<FieldErrors>({});
  const saving = ref(false);
  const outcome = ref<SaveOutcome>(null);
  /** The API's `detail` when it refused without pointing at a field ('' when it gave none). */
  const refusal = ref('');

  function show(read: Peer): void {
    peer.value = read;
    draft.value = peerDraftFrom(read);
  }

  async function load(): Promise<void> {
    state.value = 'loading';
    try {
      const read = await api.ownPeer();
      if (read) show(read);
      state.value = read ? 'ready' : 'noRecord';
    } catch {
      state.value = 'failed';
    }
  }

  async function refusedWith(error: unknown): Promise<void> {
    const problem = error instanceof ApiError ? error.problem : undefined;
    if (error instanceof ApiError && error.status === 412) {
      outcome.value = 'stale';
      const latest = await api.ownPeer().catch(() => undefined);
      if (latest) peer.value = latest;
    } else if (problem?.errors?.length) {
      errors.value = Object.fromEntries(problem.errors.map((field) => [field.path, field.message]));
    } else {
      outcome.value = 'refused';
      refusal.value = problem?.detail ?? '';
    }
  }

  async function save(): Promise<boolean> {
    const current = peer.value;
    if (!current || !draft.value || saving.value) return false;
    outcome.value = null;
    refusal.value = '';
    const body = availabilityBody(draft.value);
    const checked = PeerAvailabilityRequest.safeParse(body);
    if (!checked.success) {
      errors.value = Object.fromEntries(checked.error.issues.map((issue) => [pathOf(issue.path), null]));
      return false;
    }
    errors.value = {};
    saving.value = true;
    try {
      show(await api.setAvailability(current.peerId, current.version, body));
      outcome.value = 'saved';
      return true;
    } catch (error) {
      await refusedWith(error);
      return false;
    } finally {
      saving.value = false;
    }
  }

  return { peer, draft, state, errors, saving, outcome, refusal, load, save };
}
