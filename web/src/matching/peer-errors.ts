import type { FieldErrors } from '../composables/usePeerForm.js';

const ROW_FIELDS = { availability: ['day', 'start', 'end'], timeOff: ['date', 'start', 'end', 'reason'] } as const;

/** The input a field error points at: rows of the editors by index, every other field by name. */
export function peerFieldId(path: string): string {
  const [field = '', index, part] = path.split('.');
  // A list refused as a whole (none given, too many) has no row to point at: its Add button.
  if (field in ROW_FIELDS && index === undefined) return `peer-${field}-add`;
  if (field in ROW_FIELDS) {
    const parts: readonly string[] = ROW_FIELDS[field as keyof typeof ROW_FIELDS];
    return `peer-${field}-${index}-${part && parts.includes(part) ? part : parts[0]}`;
  }
  return `peer-${field}`;
}

/**
 * The message to show at `path`: the first error there or below it (`languages` shows `languages.2`),
 * in the API's words, else the form's translated message for that field.
 */
export function peerErrorAt(
  errors: FieldErrors,
  path: string,
  translated: (field: string) => string,
): string | undefined {
  const key = Object.keys(errors).find((candidate) => candidate === path || candidate.startsWith(`${path}.`));
  if (key === undefined) return undefined;
  return errors[key] ?? translated(key.split('.')[0] ?? key);
}
