import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { LOCALES } from '@lantern/contracts';
import { describe, expect, it } from 'vitest';
import { EMAIL_PARTS, hasSms, isEssential } from '../../src/domain/render/catalog.js';
import { parseMessage, referencedVariables } from '../../src/domain/render/message-format.js';
import { CONTEXT_KEYS, TEMPLATE_IDS, TEMPLATE_VARIABLES } from '../../src/domain/render/variables.js';
import { readTemplateSources } from '../../src/templates/files.js';
import { PACKED_DIR, packTemplates } from '../../src/templates/pack.js';

/**
 * The organisation edits these files: a reference to a variable the schema does not have, or a
 * variable the message needs and does not show, fails here and never at send time.
 */
const sources = readTemplateSources();
const copyKeysOf = (template: (typeof TEMPLATE_IDS)[number]) =>
  Object.keys(TEMPLATE_VARIABLES[template].def.shape).filter(
    (key) => !(CONTEXT_KEYS as readonly string[]).includes(key),
  );

describe('the template files', () => {
  for (const template of TEMPLATE_IDS) {
    for (const locale of LOCALES) {
      const parts = sources.templates[template][locale];
      const known = copyKeysOf(template);

      it(`${template} (${locale}) refers only to the variables its schema declares`, () => {
        for (const [part, source] of Object.entries(parts)) {
          const unknown = [...referencedVariables(parseMessage(source, locale))].filter(
            (name) => !known.includes(name),
          );
          expect(unknown, `${template}/${locale}.${part}`).toEqual([]);
        }
      });

      it(`${template} (${locale}) shows every variable in both its text and HTML bodies`, () => {
        for (const part of ['text', 'html'] as const) {
          const used = referencedVariables(parseMessage(parts[part], locale));
          expect(
            known.filter((name) => !used.has(name)),
            `${template}/${locale}.${part}`,
          ).toEqual([]);
        }
      });

      it(`${template} (${locale}) names the organisation in its subject${hasSms(template) ? ' and text message' : ''}`, () => {
        expect(referencedVariables(parseMessage(parts.subject, locale))).toContain('organisationName');
        if (hasSms(template))
          expect(referencedVariables(parseMessage(parts.sms ?? '', locale))).toContain('organisationName');
      });
    }

    it(`${template} has a text message exactly when it goes by text`, () => {
      for (const locale of LOCALES) expect('sms' in sources.templates[template][locale]).toBe(hasSms(template));
    });

    it(`${template} offers an unsubscribe link exactly when it is not essential`, () => {
      expect(copyKeysOf(template).includes('unsubscribeUrl')).toBe(!isEssential(template));
    });
  }

  it('has a layout per locale that places the body once and names only the organisation', () => {
    for (const locale of LOCALES) {
      const layout = sources.layouts[locale];
      expect(layout.split('{content}')).toHaveLength(2);
      expect([...referencedVariables(parseMessage(layout, locale))].sort()).toEqual(['content', 'organisationName']);
      expect(layout).toContain(`lang="${locale}"`);
    }
  });

  it('reads every part of every template, in every locale', () => {
    const partCount = TEMPLATE_IDS.length * LOCALES.length * EMAIL_PARTS.length;
    const read = TEMPLATE_IDS.flatMap((t) =>
      LOCALES.flatMap((l) => EMAIL_PARTS.map((p) => sources.templates[t][l][p])),
    );
    expect(read).toHaveLength(partCount);
    expect(read.filter((source) => source.trim() === '')).toEqual([]);
  });

  it('is packed as the functions bundle it (run `pnpm --filter @lantern/notifications templates`)', () => {
    const packs = packTemplates();
    expect(readdirSync(PACKED_DIR).sort()).toEqual([...packs.keys()].sort());
    for (const [file, contents] of packs) expect(readFileSync(join(PACKED_DIR, file), 'utf8'), file).toBe(contents);
  });
});
