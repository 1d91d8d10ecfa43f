import { en } from '../i18n/en.js';

/** Field path (dot-joined, as the API reports it) → the i18n key of the message to show there. */
export type FieldErrors = Record<string, string>;

const KNOWN_MESSAGES = new Set(Object.keys(en.intake.errors));

/** `availability.0.end` → `availability.end`: the message does not depend on the row. */
export function messageKeyOf(path: string): string {
  const generic = path
    .split('.')
    .filter((segment) => !/^\d+$/.test(segment))
    .join('.');
  for (const candidate of [generic, generic.split('.')[0] ?? '']) {
    if (KNOWN_MESSAGES.has(candidate)) return `intake.errors.${candidate}`;
  }
  return 'intake.errors.generic';
}

/** The DOM id of the control for `path`, so an error summary can link to it. */
export function fieldIdOf(path: string): string {
  return `field-${path.replaceAll('.', '-')}`;
}
