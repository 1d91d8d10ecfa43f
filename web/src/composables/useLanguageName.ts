import { useI18n } from 'vue-i18n';
import { languageName } from '../intake/options.js';

/** Language names in the reader's language, with our own names where the browser has none. */
export function useLanguageName() {
  const { t, te, locale } = useI18n();
  return (code: string): string => {
    const key = `intake.options.languages.${code}`;
    return languageName(code, locale.value, te(key) ? t(key) : undefined);
  };
}
