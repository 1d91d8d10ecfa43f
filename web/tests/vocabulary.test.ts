import {
  CONTACT_CHANNELS,
  LOCALES,
  MODALITIES,
  PEER_PREFERENCE_ATTRIBUTES,
  SUPPORT_AREAS,
  WEEKDAYS,
} from '@lantern/contracts';
import { describe, expect, it } from 'vitest';
import { en } from '../src/i18n/en.js';
import { fr } from '../src/i18n/fr.js';
import {
  ATTRIBUTE_OPTIONS,
  CONTACT_CHANNEL_OPTIONS,
  LOCALE_OPTIONS,
  MODALITY_OPTIONS,
  SUPPORT_AREA_OPTIONS,
  WEEKDAY_OPTIONS,
} from '../src/intake/vocabulary.js';

/** Every message as [path, text]; keys may themselves contain dots (`safety.immediateDanger`). */
function entriesOf(tree: object, prefix = ''): [string, string][] {
  return Object.entries(tree).flatMap(([key, value]): [string, string][] =>
    typeof value === 'string' ? [[`${prefix}${key}`, value]] : entriesOf(value as object, `${prefix}${key}/`),
  );
}

describe('the form vocabulary', () => {
  it('offers exactly the contract values, in the contract order', () => {
    // Prepare, Act, Assess
    expect(CONTACT_CHANNEL_OPTIONS).toEqual([...CONTACT_CHANNELS]);
    expect(SUPPORT_AREA_OPTIONS).toEqual([...SUPPORT_AREAS]);
    expect(MODALITY_OPTIONS).toEqual([...MODALITIES]);
    expect(ATTRIBUTE_OPTIONS).toEqual([...PEER_PREFERENCE_ATTRIBUTES]);
    expect(WEEKDAY_OPTIONS).toEqual([...WEEKDAYS]);
    expect(LOCALE_OPTIONS).toEqual([...LOCALES]);
  });

  it('has every English message translated into French, and no French message left over', () => {
    // Prepare
    const english = entriesOf(en);

    // Act
    const french = new Map(entriesOf(fr));

    // Assess
    expect([...french.keys()]).toEqual(english.map(([key]) => key));
    // Words spelt the same in both languages: anything else left equal was forgotten.
    expect(english.filter(([key, text]) => french.get(key) === text).map(([key]) => key)).toEqual([
      'app/name',
      'staff/peer/fields/cultures',
      'staff/peerForm/cultures',
      'staff/peerForm/date',
      'staff/suggestions/reasonPoints',
      'staff/statuses/active',
      'support/plans/title',
    ]);
  });
});
