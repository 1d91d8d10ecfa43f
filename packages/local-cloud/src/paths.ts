import { join } from 'node:path';
import { fileURLToPath } from 'node:url';

export const REPO_ROOT = fileURLToPath(new URL('../../../', import.meta.url));
/** Where `pnpm dev` keeps its data between runs, unless told otherwise. */
export const DEFAULT_DATA_DIR = join(REPO_ROOT, '.lantern');
/** Bundles are keyed by content, so every data folder may share the repository's cache. */
export const buildDirOf = (dataDir: string): string => join(dataDir, 'build');
