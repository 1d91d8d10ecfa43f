import { writeFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { readTemplateSources } from './files.js';

/**
 * `pnpm --filter @lantern/notifications templates`: packs the template files into one JSON module
 * that esbuild bundles into each function. A test fails while the pack differs from the files.
 */
export const PACKED_TEMPLATES_FILE = fileURLToPath(new URL('./templates.generated.json', import.meta.url));

export const packTemplates = (): string => `${JSON.stringify(readTemplateSources(), null, 2)}\n`;

if (process.argv[1] && fileURLToPath(import.meta.url) === process.argv[1]) {
  writeFileSync(PACKED_TEMPLATES_FILE, packTemplates());
  console.log(`Wrote ${PACKED_TEMPLATES_FILE}`);
}
