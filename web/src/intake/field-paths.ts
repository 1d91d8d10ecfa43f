import { en } from '../i18n/en.js';

/** Field path (dot-joined, as the API reports it) → the i18n key of the message to show there. */
export type FieldErrors = Record<string, string>;

const KNOWN_MESSAGES = new Set(Object.keys(en.intake.errors));

/** `availability.0.end` → `intake.errors.availability_end`: the message does not depend on the row. */
export function messageKeyOf(path: string): string {
  const generic = path
    .split('.')
    .filter((segment) => !/^\d+$/.test(segment))
    .join('_');
  // Message keys use `_` where the path has `.`: vue-i18n reads dots as nesting.
  for (const candidate of [generic, generic.split('_')[0] ?? '']) {
    if (KNOWN_MESSAGES.has(candidate)) return `intake.errors.${candidate}`;
  }
  return 'intake.errors.generic';
}

/** The DOM id of the control for `path`, so an error summary can link to it. */
export function fieldIdOf(path: string): string {
  return `field-${path.replaceAll('.', '-')}`;
}

/** The i18n key of the question a field path answers, for the error summary. */
export function labelKeyOf(path: string): string {
  const [field = '', child = ''] = path.split('.');
  if (field === 'safety' || field === 'consents') return `intake.fields.${child}`;
  return `intake.fields.${field}`;
}
