import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { LOCALES } from '@lantern/contracts';
import { describe, expect, it } from 'vitest';
import {
  PLAN_TEMPLATES_DIRECTORY,
  PLAN_TEMPLATES_PACK,
  readPlanTemplateFiles,
} from '../scripts/plan-template-files.js';
import { planTemplateLibrary } from '../src/domain/plan-templates.js';

const files = readPlanTemplateFiles(fileURLToPath(PLAN_TEMPLATES_DIRECTORY));

describe('the plan template files', () => {
  it('hold the wellness plan, birth plan and self-advocacy templates, in every language', () => {
    for (const templateId of ['wellness-plan', 'birth-plan', 'self-advocacy']) {
      expect(
        files
          .filter((t) => t.templateId === templateId)
          .map((t) => t.locale)
          .sort(),
      ).toEqual([...LOCALES].sort());
    }
  });

  it('give each template the same sections in every language, so answers show in any of them', () => {
    const byId = Map.groupBy(files, (template) => template.templateId);
    for (const versions of byId.values()) {
      const sectionIds = versions.map((v) => v.sections.map((s) => s.sectionId).join());
      expect(new Set(sectionIds).size).toBe(1);
    }
  });

  it('are what the functions bundle (run pnpm --filter @lantern/support plan-templates after editing)', () => {
    expect(JSON.parse(readFileSync(PLAN_TEMPLATES_PACK, 'utf8'))).toEqual(files);
  });
});

describe('the plan template library', () => {
  const library = planTemplateLibrary([
    ...files,
    { templateId: 'our-own', locale: 'en', title: 'Our own', description: '', sections: files[0]?.sections ?? [] },
  ]);

  it('lists every template in the language asked, in English where there is no translation', () => {
    const french = library.list('fr');
    expect(french.find((t) => t.templateId === 'birth-plan')?.title).toBe('Plan de naissance');
    expect(french.find((t) => t.templateId === 'our-own')?.locale).toBe('en');
    expect(french).toHaveLength(4);
  });

  it('knows no template it was not given', () => {
    expect(library.find('diagnosis', 'en')).toBeUndefined();
  });
});
