import type { CreateNoteRequest, Note, NoteList } from '@lantern/contracts';
import { ref, shallowRef } from 'vue';
import type * as z from 'zod/mini';
import { type NoteDraft, type NoteField, noteBody } from '../support/notes.js';
import { useAction } from './useAction.js';
import { useCreate } from './useCreate.js';
import { usePagedList } from './usePagedList.js';

export interface NotesApi {
  list: (cursor?: string) => Promise<NoteList>;
  create: (body: z.input<typeof CreateNoteRequest>, idempotencyKey: string) => Promise<Note>;
  readRestricted: (noteId: string, reason: string) => Promise<Note>;
}

/**
 * A client's session notes. Substance-use related notes never come in the list: only how many
 * there are and their ids, to read one on purpose (a coordinator gives a reason, audited).
 */
export function useNotes(api: NotesApi, newKey: () => string) {
  const restricted = shallowRef<{ count: number; noteIds: string[] }>({ count: 0, noteIds: [] });
  const list = usePagedList<Note, null>(async (_filters, cursor) => {
    const page = await api.list(cursor);
    if (!cursor) restricted.value = page.restricted;
    return page;
  }, null);
  const invalid = shallowRef<NoteField[]>([]);
  const creating = useCreate(api.create, newKey);
  const reading = useAction(api.readRestricted);
  const opened = shallowRef<Note | null>(null);
  const saved = ref(false);

  /** Checks the form with the contracts' schema first; the list reloads with the new note. */
  async function create(draft: NoteDraft): Promise<boolean> {
    saved.value = false;
    const checked = noteBody(draft);
    invalid.value = checked.ok ? [] : checked.fields;
    if (!checked.ok) return false;
    const created = await creating.run(checked.body);
    if (!created) return false;
    saved.value = true;
    await list.reload();
    return true;
  }

  async function readRestricted(noteId: string, reason: string): Promise<boolean> {
    opened.value = (await reading.run(noteId, reason)) ?? null;
    return opened.value !== null;
  }

  return { list, restricted, invalid, creating, reading, opened, saved, load: list.reload, create, readRestricted };
}
