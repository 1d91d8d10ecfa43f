import { describe, expect, it } from 'vitest';
import { createLanternI18n } from '../src/i18n/index.js';
import { labelKeyOf, messageKeyOf } from '../src/intake/field-paths.js';

describe('field error messages', () => {
  it('resolves a message for every path the schema can report, in both languages', () => {
    // Prepare
    const paths = [
      'email',
      'safety.immediateDanger',
      'consents.privacy',
      'availability.3.end',
      'peerPreferences.0.value',
    ];

    for (const locale of ['en', 'fr'] as const) {
      const { t, te } = createLanternI18n(locale).global;

      // Act
      const messages = paths.map((path) => t(messageKeyOf(path)));
      const labels = paths.map((path) => te(labelKeyOf(path)));

      // Assess
      for (const [index, message] of messages.entries()) expect(message).not.toBe(messageKeyOf(paths[index] ?? ''));
      expect(labels).toEqual([true, true, true, true, true]);
    }
  });
});
