import type { Locale } from '@lantern/contracts';
import { computed } from 'vue';
import { useI18n } from 'vue-i18n';
import { saveLocale } from '../i18n/index.js';

/** The interface language, which is also the language Lantern writes to the client in. */
export function useLocale() {
  const { locale } = useI18n();
  const current = computed<Locale>({
    get: () => (locale.value === 'fr' ? 'fr' : 'en'),
    set: (value) => {
      locale.value = value;
      saveLocale(value);
    },
  });
  return { locale: current };
}
