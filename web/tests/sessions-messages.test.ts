import { SESSION_STATUSES } from '@lantern/contracts';
import { describe, expect, it } from 'vitest';
import { createLanternI18n } from '../src/i18n/index.js';

/** The source text of every page and component of the session pages. */
const SOURCES: Record<string, string> = import.meta.glob(
  [
    '../src/components/staff/{StaffSessionBooking,StaffSessionList,StaffClientSessions,StaffPeerWeek}.vue',
    '../src/pages/public/PublicSessionLink.vue',
  ],
  { query: '?raw', import: 'default', eager: true },
);

/** Keys built at run time: each status, and the outcome kinds the composables report. */
const BUILT_KEYS = [
  ...SESSION_STATUSES.map((status) => `sessions.link.status.${status}`),
  'sessions.link.taken',
  'sessions.link.failed',
  'sessions.list.conflict',
  'sessions.list.failed',
];

function usedKeys(): string[] {
  const literal = Object.values(SOURCES).flatMap((source) =>
    [...source.matchAll(/\bt\('(sessions\.[\w.]+)'/g)].map((match) => match[1] as string),
  );
  return [...new Set([...literal, ...BUILT_KEYS])].sort();
}

describe('the session pages’ messages', () => {
  it('has every key the pages use, in English and French, and French is translated', () => {
    // Prepare
    const keys = usedKeys();
    const en = createLanternI18n('en').global;
    const fr = createLanternI18n('fr').global;

    // Act
    const missing = keys.flatMap((key) => [
      ...(en.te(key, 'en') ? [] : [`en ${key}`]),
      ...(fr.te(key, 'fr') ? [] : [`fr ${key}`]),
    ]);
    const untranslated = keys.filter((key) => en.te(key, 'en') && fr.te(key, 'fr') && en.tm(key) === fr.tm(key));

    // Assess
    expect(keys.length).toBeGreaterThan(40);
    expect(missing).toEqual([]);
    expect(untranslated).toEqual([]);
  });

  it('never names a support area or staff detail on the client’s page', () => {
    // Prepare
    const en = createLanternI18n('en').global;
    const linkTexts = JSON.stringify(en.tm('sessions.link'));

    // Assess
    expect(linkTexts).not.toMatch(/peer|coordinator|parent|substance|mental/i);
  });
});
