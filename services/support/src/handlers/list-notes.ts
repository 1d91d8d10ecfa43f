import type { Note } from '@lantern/contracts';
import { httpHandler } from '@lantern/runtime';
import { listNotesRoute } from '../routes/list-notes.js';
import { audit, records } from '../store/default-store.js';
import { allowed, auditRefusal, pageOrBadCursor, reachClient } from './access.js';

/**
 * GET /clients/{clientId}/notes: restricted notes live under their own prefix, so this listing
 * cannot return one; it only counts them, for a "1 restricted note" line and a reason-gated read.
 */
export const handler = httpHandler(
  listNotesRoute,
  async ({ params, query, caller, source }) => {
    await reachClient(caller, params.clientId);
    const page = pageOrBadCursor(await records.list<Note>('note', params.clientId, query));
    const restrictedIds = await records.ids('restrictedNote', params.clientId);
    await audit.record(allowed(caller, source, 'note.list', { kind: 'note', clientId: params.clientId }, new Date()));
    return { status: 200, body: { ...page, restricted: { count: restrictedIds.length, noteIds: restrictedIds } } };
  },
  { auditRefusal: auditRefusal('note.list', 'note') },
);
