import { describe, expect, it } from 'vitest';
import { createLanternI18n } from '../src/i18n/index.js';

/** The source text of every page and component the workspace, audit and shared plan use. */
const SOURCES: Record<string, string> = import.meta.glob(
  [
    '../src/components/support/*.vue',
    '../src/pages/staff/{StaffWorkspace,StaffAudit,StaffLayout,StaffClient}.vue',
    '../src/pages/public/PublicSharedPlan.vue',
    '../src/components/intake/IntakeCrisisPanel.vue',
  ],
  { query: '?raw', import: 'default', eager: true },
);

/** Every literal message key the workspace pages use: `t('support.goals.title')`. */
function literalKeys(): string[] {
  const keys = Object.values(SOURCES).flatMap((source) =>
    [...source.matchAll(/\bt\('((?:support|crisis)\.[\w.]+)'/g)].map((match) => match[1] as string),
  );
  return [...new Set(keys)].sort();
}

describe('the workspace messages', () => {
  it('has every key the pages use, in English and French, and French is translated', () => {
    // Prepare
    const keys = literalKeys();
    const en = createLanternI18n('en').global;
    const fr = createLanternI18n('fr').global;

    // Act
    const missing = keys.flatMap((key) => [
      ...(en.te(key, 'en') ? [] : [`en ${key}`]),
      ...(fr.te(key, 'fr') ? [] : [`fr ${key}`]),
    ]);
    const untranslated = keys.filter(
      (key) => en.te(key, 'en') && fr.te(key, 'fr') && en.tm(key) === fr.tm(key) && key !== 'support.plans.title',
    );

    // Assess
    expect(keys.length).toBeGreaterThan(60);
    expect(missing).toEqual([]);
    expect(untranslated).toEqual([]);
  });

  it('names each section of the workspace, each check-in channel and each goal status', () => {
    const sections = ['goals', 'plans', 'notes', 'contacts', 'concerns'];
    for (const locale of ['en', 'fr'] as const) {
      const { te } = createLanternI18n(locale).global;
      const keys = [
        ...sections.map((section) => `support.${section}.title`),
        'support.contacts.channels.text',
        'support.contacts.channels.phone',
        'support.goals.statuses.open',
        'support.goals.statuses.achieved',
        'support.goals.statuses.set_aside',
      ];
      expect(keys.filter((key) => !te(key, locale))).toEqual([]);
    }
  });
});
