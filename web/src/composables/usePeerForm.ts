import { type Peer, PeerInput, type PeerInputBody } from '@lantern/contracts';
import { ref, shallowRef } from 'vue';
import { ApiError } from '../api/api-error.js';
import { type PeerDraft, peerInputFrom } from '../matching/peer-draft.js';

/**
 * Field errors by path (`email`, `availability.2.end`): the API's own message, or `null` when the
 * form found it first (the page then shows its translated message for that field).
 */
export type FieldErrors = Record<string, string | null>;

const pathOf = (path: readonly PropertyKey[]) => path.map(String).join('.');

/** The message key for a path: one per field, shared by every row of a list. */
export function peerErrorKey(path: string): string {
  return `staff.peerForm.errors.${path.split('.')[0]}`;
}

/**
 * Create or edit a peer: checked with the contract's `PeerInput` before sending, the API's field
 * errors shown next to the same fields when it refuses.
 */
export function usePeerForm(initial: PeerDraft, save: (body: PeerInputBody) => Promise<Peer>) {
  const draft = ref<PeerDraft>(initial);
  const errors = shallowRef<FieldErrors>({});
  const saving = ref(false);
  /** Set when the API refused without pointing at a field (its `detail`, or '' when it gave none). */
  const refusal = ref<string | null>(null);

  async function submit(): Promise<Peer | null> {
    refusal.value = null;
    const body = peerInputFrom(draft.value);
    const checked = PeerInput.safeParse(body);
    if (!checked.success) {
      errors.value = Object.fromEntries(checked.error.issues.map((issue) => [pathOf(issue.path), null]));
      return null;
    }
    errors.value = {};
    saving.value = true;
    try {
      return await save(body);
    } catch (error) {
      const problem = error instanceof ApiError ? error.problem : undefined;
      if (problem?.errors?.length) {
        errors.value = Object.fromEntries(problem.errors.map((field) => [field.path, field.message]));
      } else {
        refusal.value = problem?.detail ?? '';
      }
      return null;
    } finally {
      saving.value = false;
    }
  }

  return { draft, errors, saving, refusal, submit };
}
