import type { Locale, PlanTemplate } from '@lantern/contracts';

export interface PlanTemplateLibrary {
  /** One entry per template: in `locale`, or in English where the organisation has no translation. */
  list(locale: Locale): PlanTemplate[];
  find(templateId: string, locale: Locale): PlanTemplate | undefined;
  /** The template's title in every language, to tell a plan still titled after it. */
  titles(templateId: string): string[];
}

const FALLBACK: Locale = 'en';

export function planTemplateLibrary(templates: readonly PlanTemplate[]): PlanTemplateLibrary {
  const byId = Map.groupBy(templates, (template) => template.templateId);
  const pick = (versions: readonly PlanTemplate[], locale: Locale) =>
    versions.find((t) => t.locale === locale) ?? versions.find((t) => t.locale === FALLBACK) ?? versions[0];
  return {
    list: (locale) => [...byId.values()].flatMap((versions) => pick(versions, locale) ?? []),
    find: (templateId, locale) => {
      const versions = byId.get(templateId);
      return versions && pick(versions, locale);
    },
    titles: (templateId) => (byId.get(templateId) ?? []).map((template) => template.title),
  };
}
