import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';

/**
 * Templates are parsed when they are packed (`pnpm templates`), so functions that render them run
 * intl-messageformat without its ICU parser (~26 KB): the parser is aliased to the formatjs stub
 * that throws if called. Resolved through intl-messageformat, as pnpm does not hoist the parser.
 */
const fromFormatter = createRequire(createRequire(import.meta.url).resolve('intl-messageformat'));
const parser = fromFormatter.resolve('@formatjs/icu-messageformat-parser');

export const RENDERING_BUNDLE = {
  alias: { '@formatjs/icu-messageformat-parser': join(dirname(parser), 'no-parser.js') },
};
