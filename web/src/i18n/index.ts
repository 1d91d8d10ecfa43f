import type { Locale } from '@lantern/contracts';
import { createI18n } from 'vue-i18n';
import { LOCALE_OPTIONS as LOCALES } from '../intake/vocabulary.js';
import { en } from './en.js';
import { fr } from './fr.js';

const LOCALE_KEY = 'lantern.locale';

/** The saved choice, else the browser's first language we speak, else English. */
export function initialLocale(saved: string | null, browserLanguages: readonly string[]): Locale {
  if (saved && (LOCALES as readonly string[]).includes(saved)) return saved as Locale;
  for (const language of browserLanguages) {
    const primary = language.slice(0, 2).toLowerCase();
    if ((LOCALES as readonly string[]).includes(primary)) return primary as Locale;
  }
  return 'en';
}

export function createLanternI18n(locale: Locale) {
  return createI18n({
    legacy: false,
    locale,
    fallbackLocale: 'en',
    messages: { en, fr },
  });
}

export function savedLocale(): string | null {
  try {
    return localStorage.getItem(LOCALE_KEY);
  } catch {
    return null;
  }
}

export function saveLocale(locale: Locale): void {
  try {
    localStorage.setItem(LOCALE_KEY, locale);
  } catch {
    // The choice still applies to this visit.
  }
  document.documentElement.lang = locale;
}
