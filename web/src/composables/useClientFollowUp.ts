import {
  type ClientHistoryEntry,
  type ClientRecord,
  ContactAttemptRequest,
  type ContactOutcome,
  contactAttemptTimeProblem,
} from '@lantern/contracts';
import { ref, shallowRef } from 'vue';
import { ApiError } from '../api/api-error.js';

export interface FollowUpApi {
  history: (clientId: string, cursor?: string) => Promise<{ items: ClientHistoryEntry[]; nextCursor: string | null }>;
  recordAttempt: (
    clientId: string,
    attempt: ContactAttemptRequest,
    idempotencyKey: string,
  ) => Promise<ClientHistoryEntry>;
  clearUrgent: (clientId: string, reason: string) => Promise<ClientRecord>;
}

export interface AttemptForm {
  /** `datetime-local` value: the coordinator's own clock. */
  at: string;
  channel: 'phone' | 'text' | 'email';
  outcome: ContactOutcome;
  note: string;
}

/** `YYYY-MM-DDTHH:mm` in the browser's zone, as a datetime-local input shows it. */
export function localInputValue(date: Date): string {
  const pad = (n: number) => String(n).padStart(2, '0');
  return `${date.getFullYear()}-${pad(date.getMonth() + 1)}-${pad(date.getDate())}T${pad(date.getHours())}:${pad(date.getMinutes())}`;
}

/**
 * A coordinator's follow-up of one client: the history (newest first, a page at a time), a contact
 * attempt (checked with the API's own schema and time rule before it is sent, and sent once per
 * form even if submitted twice), and clearing the urgent flag with a reason.
 */
export function useClientFollowUp(clientId: string, api: FollowUpApi, now: () => Date = () => new Date()) {
  const entries = shallowRef<ClientHistoryEntry[]>([]);
  const nextCursor = ref<string | null>(null);
  const historyFailed = ref(false);
  const saving = ref(false);
  /** Field → a code (`invalid`, `future`, `tooOld`) or the API's own words; `form` for the whole form. */
  const attemptErrors = ref<Record<string, string>>({});
  const clearError = ref<string | undefined>(undefined);
  let attemptKey = crypto.randomUUID();

  async function loadHistory(more = false): Promise<void> {
    historyFailed.value = false;
    try {
      const page = await api.history(clientId, more ? (nextCursor.value ?? undefined) : undefined);
      entries.value = more ? [...entries.value, ...page.items] : page.items;
      nextCursor.value = page.nextCursor;
    } catch {
      historyFailed.value = true;
    }
  }

  function attemptRequest(form: AttemptForm): ContactAttemptRequest | undefined {
    const at = form.at ? new Date(form.at) : undefined;
    const parsed = ContactAttemptRequest.safeParse({
      at: at && !Number.isNaN(at.getTime()) ? at.toISOString() : '',
      channel: form.channel,
      outcome: form.outcome,
      ...(form.note.trim() ? { note: form.note } : {}),
    });
    const errors: Record<string, string> = {};
    // Codes the page translates: `invalid` for what the schema refuses, the time rule's own otherwise.
    if (!parsed.success) for (const issue of parsed.error.issues) errors[String(issue.path[0] ?? 'form')] ??= 'invalid';
    const timeProblem = parsed.success ? contactAttemptTimeProblem(parsed.data.at, now()) : undefined;
    if (timeProblem) errors.at = timeProblem;
    attemptErrors.value = errors;
    return parsed.success && !timeProblem ? parsed.data : undefined;
  }

  async function recordAttempt(form: AttemptForm): Promise<boolean> {
    const attempt = attemptRequest(form);
    if (!attempt) return false;
    saving.value = true;
    try {
      const entry = await api.recordAttempt(clientId, attempt, attemptKey);
      // A new attempt is a new request; a retry of this one reuses the key (the API answers once).
      attemptKey = crypto.randomUUID();
      entries.value = [entry, ...entries.value.filter((e) => e.entryId !== entry.entryId)].sort((a, b) =>
        b.at.localeCompare(a.at),
      );
      return true;
    } catch (error) {
      attemptErrors.value = problemErrors(error);
      return false;
    } finally {
      saving.value = false;
    }
  }

  async function clearUrgent(reason: string): Promise<ClientRecord | undefined> {
    clearError.value = reason.trim() ? undefined : 'required';
    if (clearError.value) return undefined;
    saving.value = true;
    try {
      const record = await api.clearUrgent(clientId, reason.trim());
      await loadHistory();
      return record;
    } catch (error) {
      clearError.value = error instanceof ApiError ? (error.problem?.detail ?? 'failed') : 'failed';
      return undefined;
    } finally {
      saving.value = false;
    }
  }

  return {
    entries,
    nextCursor,
    historyFailed,
    saving,
    attemptErrors,
    clearError,
    loadHistory,
    recordAttempt,
    clearUrgent,
  };
}

/** The API's field errors, or its detail for the whole form. */
function problemErrors(error: unknown): Record<string, string> {
  if (!(error instanceof ApiError)) return { form: 'failed' };
  const fields = error.problem?.errors ?? [];
  if (fields.length > 0)
    return Object.fromEntries(fields.map((field) => [field.path.split('.')[0] ?? 'form', field.message]));
  return { form: error.problem?.detail ?? 'failed' };
}

/** How long someone has waited, in the largest whole unit: minutes, hours, then days. */
export function waitedFor(since: string, now: Date): { value: number; unit: 'minute' | 'hour' | 'day' } {
  const minutes = Math.max(0, Math.floor((now.getTime() - Date.parse(since)) / 60_000));
  if (minutes < 60) return { value: minutes, unit: 'minute' };
  if (minutes < 48 * 60) return { value: Math.floor(minutes / 60), unit: 'hour' };
  return { value: Math.floor(minutes / (24 * 60)), unit: 'day' };
}

export function formatWaited(since: string, now: Date, locale: string): string {
  const { value, unit } = waitedFor(since, now);
  return new Intl.NumberFormat(locale, { style: 'unit', unit, unitDisplay: 'long' }).format(value);
}
