import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { PlanTemplate } from '@lantern/contracts';

const FILE_NAME = /^([a-z0-9][a-z0-9-]{0,62})\.([a-z]{2})\.json$/;

/**
 * Every `plan-templates/<templateId>.<locale>.json` file, validated against the contract: the id and
 * the language come from the file name, the rest from the file. Sorted, so the pack is stable.
 */
export function readPlanTemplateFiles(directory: string): PlanTemplate[] {
  return readdirSync(directory)
    .filter((file) => file.endsWith('.json'))
    .sort()
    .map((file) => {
      const name = FILE_NAME.exec(file);
      if (!name) throw new Error(`${file}: name a template file <templateId>.<locale>.json`);
      const content = JSON.parse(readFileSync(join(directory, file), 'utf8'));
      const parsed = PlanTemplate.safeParse({ ...content, templateId: name[1], locale: name[2] });
      if (!parsed.success) throw new Error(`${file}: ${JSON.stringify(parsed.error.issues)}`);
      return parsed.data;
    });
}

export const PLAN_TEMPLATES_DIRECTORY = new URL('../plan-templates/', import.meta.url);
export const PLAN_TEMPLATES_PACK = new URL('../src/domain/plan-templates.generated.json', import.meta.url);
