import { CreateNoteRequest } from '@lantern/contracts';
import type * as z from 'zod/mini';
import { instantOfLocalInput, linesOf } from './lines.js';

/** The note form: lists are one entry per line, `at` is a `datetime-local` value. */
export interface NoteDraft {
  at: string;
  topics: string;
  goalsTouched: string[];
  resourcesShared: string;
  nextSteps: string;
  substanceUse: boolean;
}

export type NoteField = keyof NoteDraft;

export function emptyNoteDraft(at: string): NoteDraft {
  return { at, topics: '', goalsTouched: [], resourcesShared: '', nextSteps: '', substanceUse: false };
}

/**
 * The request body, checked with the contracts' own schema (the server refuses what this refuses),
 * or the fields to fix.
 */
export function noteBody(
  draft: NoteDraft,
): { ok: true; body: z.input<typeof CreateNoteRequest> } | { ok: false; fields: NoteField[] } {
  const body = {
    at: instantOfLocalInput(draft.at) ?? '',
    topics: linesOf(draft.topics),
    goalsTouched: draft.goalsTouched,
    resourcesShared: linesOf(draft.resourcesShared),
    nextSteps: linesOf(draft.nextSteps),
    substanceUse: draft.substanceUse,
  };
  const checked = CreateNoteRequest.safeParse(body);
  if (checked.success) return { ok: true, body };
  const fields = new Set(checked.error.issues.map((issue) => String(issue.path[0]) as NoteField));
  return { ok: false, fields: [...fields] };
}
