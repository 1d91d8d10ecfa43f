import { type InjectionKey, inject, provide } from 'vue';
import { useI18n } from 'vue-i18n';
import { fieldIdOf } from '../intake/field-paths.js';
import type { IntakeForm } from './useIntakeForm.js';

const KEY: InjectionKey<IntakeForm> = Symbol('intake-form');

export function provideIntakeForm(form: IntakeForm): void {
  provide(KEY, form);
}

/** The form, for a step component, with a helper giving the translated error of a field. */
export function useIntakeContext() {
  const form = inject(KEY);
  if (!form) throw new Error('useIntakeContext needs provideIntakeForm in a parent');
  const { t } = useI18n();
  const errorOf = (path: string): string | undefined => {
    const key = form.errors.value[path];
    return key ? t(key) : undefined;
  };
  return { form, errorOf, idOf: fieldIdOf };
}
