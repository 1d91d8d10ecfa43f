import { mkdirSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { LOCALES } from '@lantern/contracts';
import { parseMessage } from '../domain/render/message-format.js';
import { readTemplateSources } from './files.js';

/**
 * `pnpm --filter @lantern/notifications templates`: packs the template files into JSON modules,
 * one per template, that esbuild bundles into the functions that send them. Messages are packed
 * parsed, so a bundle may leave the ICU parser out (ADR 0070). A test fails while a pack differs
 * from the files.
 */
export const PACKED_DIR = fileURLToPath(new URL('./packed/', import.meta.url));
export const LAYOUTS_PACK = '_layout.generated.json';

const json = (value: unknown) => `${JSON.stringify(value, null, 2)}\n`;

/** File name → contents of every pack. */
export function packTemplates(): Map<string, string> {
  const { layouts, templates } = readTemplateSources();
  const parsed = (locale: string, parts: Record<string, string>) =>
    Object.fromEntries(Object.entries(parts).map(([part, source]) => [part, parseMessage(source, locale)]));
  const packs = new Map([
    [LAYOUTS_PACK, json(Object.fromEntries(LOCALES.map((l) => [l, parseMessage(layouts[l], l)])))],
  ]);
  for (const [template, locales] of Object.entries(templates)) {
    packs.set(`${template}.generated.json`, json(Object.fromEntries(LOCALES.map((l) => [l, parsed(l, locales[l])]))));
  }
  return packs;
}

if (process.argv[1] && fileURLToPath(import.meta.url) === process.argv[1]) {
  rmSync(PACKED_DIR, { recursive: true, force: true });
  mkdirSync(PACKED_DIR, { recursive: true });
  for (const [file, contents] of packTemplates()) writeFileSync(join(PACKED_DIR, file), contents);
  console.log(`Wrote ${PACKED_DIR}`);
}
