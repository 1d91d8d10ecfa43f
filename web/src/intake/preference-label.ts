import type { PeerPreference } from '@lantern/contracts';
import { en } from '../i18n/en.js';

type Translate = (key: string) => string;

/**
 * The words for a peer preference's value: a support area's label for lived experience, the
 * language's name for a language, and what the client typed for the rest.
 */
export function preferenceValueLabel(
  preference: Pick<PeerPreference, 'attribute' | 'value'>,
  t: Translate,
  languageName: (code: string) => string,
): string {
  if (preference.attribute === 'lived_experience' && Object.hasOwn(en.intake.options.supportAreas, preference.value)) {
    return t(`intake.options.supportAreas.${preference.value}`);
  }
  if (preference.attribute === 'language') return languageName(preference.value);
  return preference.value;
}
