import { httpHandler, idempotencyRecords } from '@lantern/runtime';
import { newNote } from '../domain/records.js';
import { createNoteRoute } from '../routes/create-note.js';
import { audit, documents, records, table } from '../store/default-store.js';
import { allowed, auditRefusal, reachClient } from './access.js';

/**
 * POST /clients/{clientId}/notes: a substance-use note is stored as a restricted note (its own
 * prefix and access rule). No note publishes an event.
 */
export const handler = httpHandler(
  createNoteRoute,
  async ({ params, body, caller, source, idempotency }) => {
    await reachClient(caller, params.clientId);
    const now = new Date();
    const note = newNote(params.clientId, body, { username: caller.username, now });
    const kind = note.substanceUse ? 'restrictedNote' : 'note';
    const target = {
      kind: note.substanceUse ? 'restricted_note' : 'note',
      clientId: note.clientId,
      id: note.noteId,
    } as const;
    const result = { status: 201, body: note };
    await records.create(kind, note.clientId, note.noteId, note, {
      now,
      alongside: [audit.transactItem(allowed(caller, source, 'note.create', target, now))],
      idempotency: idempotency && { claim: idempotency, result },
    });
    return result;
  },
  { idempotency: idempotencyRecords(documents, table), auditRefusal: auditRefusal('note.create', 'note') },
);
