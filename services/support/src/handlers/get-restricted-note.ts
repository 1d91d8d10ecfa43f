import type { Note } from '@lantern/contracts';
import { httpHandler } from '@lantern/runtime';
import { restrictedRead } from '../domain/access.js';
import { NotThisPeersClientError, ReasonRequiredError, RecordNotFoundError } from '../domain/errors.js';
import { getRestrictedNoteRoute } from '../routes/get-restricted-note.js';
import { audit, records } from '../store/default-store.js';
import { allowed, auditRefusal, reachRecord } from './access.js';

/**
 * POST /notes/{noteId}/restricted-reads: the client's peer reads it; a coordinator only with a
 * reason, kept in the audit entry of the read. A coordinator without one gets 422, audited too.
 */
export const handler = httpHandler(
  getRestrictedNoteRoute,
  async ({ params, body, caller, source }) => {
    const { clientId, peers } = await reachRecord(caller, params.noteId, ['restrictedNote'], 'restricted note');
    const target = { kind: 'restricted_note', clientId, id: params.noteId } as const;
    const rule = restrictedRead(caller, peers, body.reason);
    if (rule === 'refused') throw new NotThisPeersClientError();
    if (rule === 'reason_required') {
      const refusal = allowed(caller, source, 'note.restricted_read', target, new Date());
      await audit.record({ ...refusal, allowed: false, reason: 'no reason given' });
      throw new ReasonRequiredError();
    }
    const note = await records.get<Note>('restrictedNote', clientId, params.noteId);
    if (!note) throw new RecordNotFoundError('restricted note');
    await audit.record(allowed(caller, source, 'note.restricted_read', target, new Date(), body.reason));
    return { status: 200, body: note };
  },
  { auditRefusal: auditRefusal('note.restricted_read', 'restricted_note') },
);
