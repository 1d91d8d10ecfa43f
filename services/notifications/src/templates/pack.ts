import { mkdirSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { readTemplateSources } from './files.js';

/**
 * `pnpm --filter @lantern/notifications templates`: packs the template files into JSON modules,
 * one per template, that esbuild bundles into the functions that send them. A test fails while a
 * pack differs from the files.
 */
export const PACKED_DIR = fileURLToPath(new URL('./packed/', import.meta.url));
export const LAYOUTS_PACK = '_layout.generated.json';

const json = (value: unknown) => `${JSON.stringify(value, null, 2)}\n`;

/** File name → contents of every pack. */
export function packTemplates(): Map<string, string> {
  const { layouts, templates } = readTemplateSources();
  const packs = new Map([[LAYOUTS_PACK, json(layouts)]]);
  for (const [template, locales] of Object.entries(templates)) packs.set(`${template}.generated.json`, json(locales));
  return packs;
}

if (process.argv[1] && fileURLToPath(import.meta.url) === process.argv[1]) {
  rmSync(PACKED_DIR, { recursive: true, force: true });
  mkdirSync(PACKED_DIR, { recursive: true });
  for (const [file, contents] of packTemplates()) writeFileSync(join(PACKED_DIR, file), contents);
  console.log(`Wrote ${PACKED_DIR}`);
}
