import type { ClientHistoryEntry, ClientRecord, ContactAttemptRequest } from '@lantern/contracts';
import { newAuditId } from './ids.js';

interface By {
  username: string;
  now: Date;
}

/** A contact attempt as the history keeps it: when it happened (the coordinator says), who recorded it. */
export function contactAttemptEntry(attempt: ContactAttemptRequest, by: By): ClientHistoryEntry {
  return {
    entryId: newAuditId(),
    kind: 'contact_attempt',
    at: new Date(attempt.at).toISOString(),
    by: by.username,
    channel: attempt.channel,
    outcome: attempt.outcome,
    ...(attempt.note ? { note: attempt.note } : {}),
  };
}

/**
 * Clears the urgent flag with the coordinator's reason. The reasons the intake gave stay on the
 * record (what was answered does not change); the queue stops putting the client first.
 * `undefined` when the client is not urgent: nothing to clear.
 */
export function clearUrgent(
  record: ClientRecord,
  reason: string,
  by: By,
): { record: ClientRecord; entry: ClientHistoryEntry } | undefined {
  if (!record.urgent) return undefined;
  const at = by.now.toISOString();
  return {
    record: { ...record, urgent: false, updatedAt: at, version: record.version + 1 },
    entry: { entryId: newAuditId(), kind: 'urgent_cleared', at, by: by.username, reason },
  };
}

/** The history line of a status change made by hand. */
export function statusChangedEntry(before: ClientRecord, after: ClientRecord, reason: string | undefined, by: By) {
  const entry: ClientHistoryEntry = {
    entryId: newAuditId(),
    kind: 'status_changed',
    at: by.now.toISOString(),
    by: by.username,
    from: before.status,
    to: after.status,
    ...(reason ? { reason } : {}),
  };
  return entry;
}
