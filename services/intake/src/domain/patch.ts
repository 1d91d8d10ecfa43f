import { type ClientRecord, needsPhone, type PatchClientRequest } from '@lantern/contracts';
import { changeStatus } from './client.js';

export type ClientChanges = Partial<Pick<ClientRecord, 'status' | 'email' | 'phone' | 'contactChannels'>>;

export interface PatchOutcome {
  record: ClientRecord;
  /** Only what really changed; empty when the patch changes nothing (then nothing is written). */
  changes: ClientChanges;
}

const sameList = (a: readonly string[], b: readonly string[]) => a.length === b.length && a.every((v, i) => v === b[i]);

/**
 * Applies a coordinator's patch to a record: a status change through the shared transition table
 * (with its reason), contact details as given. Fields equal to the current ones are no change.
 */
export function applyPatch(
  current: ClientRecord,
  patch: PatchClientRequest,
  by: { username: string; now: Date },
): PatchOutcome | { phoneNeeded: true } {
  const changes: ClientChanges = {};
  if (patch.status !== undefined && patch.status !== current.status) changes.status = patch.status;
  if (patch.email !== undefined && patch.email !== current.email) changes.email = patch.email;
  if (patch.phone !== undefined && patch.phone !== current.phone) changes.phone = patch.phone;
  if (patch.contactChannels !== undefined && !sameList(patch.contactChannels, current.contactChannels)) {
    changes.contactChannels = patch.contactChannels;
  }
  if (Object.keys(changes).length === 0) return { record: current, changes };

  const channels = changes.contactChannels ?? current.contactChannels;
  if (needsPhone(channels) && (changes.phone ?? current.phone) === undefined) return { phoneNeeded: true };

  let record: ClientRecord = current;
  if (changes.status !== undefined) {
    record = changeStatus(record, changes.status, { reason: patch.reason ?? '', by: by.username, now: by.now });
  }
  const { status: _status, ...contact } = changes;
  record = { ...record, ...contact, updatedAt: by.now.toISOString(), version: current.version + 1 };
  return { record, changes };
}
