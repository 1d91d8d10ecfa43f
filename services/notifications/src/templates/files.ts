import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { LOCALES, type Locale } from '@lantern/contracts';
import { EMAIL_PARTS, hasSms, type TemplateParts } from '../domain/render/catalog.js';
import { TemplateSourceError } from '../domain/render/errors.js';
import type { TemplateSources } from '../domain/render/render.js';
import { TEMPLATE_IDS, type TemplateId } from '../domain/render/variables.js';

/** Sources with every template of the catalog. */
export interface AllTemplateSources extends TemplateSources {
  layouts: Record<Locale, string>;
  templates: Record<TemplateId, Record<Locale, TemplateParts>>;
}

/** The organisation's editable files: `templates/<template>/<locale>.<part>`, `_layout/<locale>.html`. */
export const TEMPLATES_DIR = fileURLToPath(new URL('../../templates/', import.meta.url));

const FILE_OF_PART = { subject: 'subject.txt', text: 'text.txt', html: 'html', sms: 'sms.txt' } as const;

export function templateFile(dir: string, template: string, locale: Locale, part: keyof typeof FILE_OF_PART): string {
  return join(dir, template, `${locale}.${FILE_OF_PART[part]}`);
}

/** Reads every template file the catalog needs; a missing one is an error naming the file. */
export function readTemplateSources(dir: string = TEMPLATES_DIR): AllTemplateSources {
  const missing: string[] = [];
  const read = (path: string): string => {
    if (!existsSync(path)) {
      missing.push(path);
      return '';
    }
    // Editors add a final newline; the renderer trims each part anyway.
    return readFileSync(path, 'utf8').replace(/\r\n/g, '\n').replace(/\n$/, '');
  };
  const layouts = Object.fromEntries(LOCALES.map((locale) => [locale, read(join(dir, '_layout', `${locale}.html`))]));
  const templates = Object.fromEntries(
    TEMPLATE_IDS.map((template) => [
      template,
      Object.fromEntries(
        LOCALES.map((locale) => {
          const parts = Object.fromEntries(
            EMAIL_PARTS.map((part) => [part, read(templateFile(dir, template, locale, part))]),
          ) as TemplateParts;
          if (hasSms(template)) parts.sms = read(templateFile(dir, template, locale, 'sms'));
          return [locale, parts];
        }),
      ),
    ]),
  );
  if (missing.length > 0) throw new TemplateSourceError(`Missing template files: ${missing.join(', ')}`);
  return { layouts, templates } as AllTemplateSources;
}
