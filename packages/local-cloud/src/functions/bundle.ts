import { createHash } from 'node:crypto';
import { mkdirSync, readFileSync, renameSync, statSync, writeFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { LAMBDA_BUNDLING } from '@lantern/runtime';
import { build, version as esbuildVersion } from 'esbuild';
import { FunctionLoadError } from '../errors.js';

export interface Bundle {
  /** Absolute path of the `index.mjs` a worker imports. */
  path: string;
  bytes: number;
  /** True when the cached bundle was reused. */
  cached: boolean;
  /** The project's own source files in the bundle (not node_modules): what a watcher looks at. */
  sources: string[];
}

interface CacheRecord {
  key: string;
  inputs: Record<string, string>;
}

/** Records of another format or other settings are not reused. */
const RECORD_FORMAT = 'size:mtime:sha256';
const settingsKey = createHash('sha256')
  .update(JSON.stringify({ LAMBDA_BUNDLING, esbuildVersion, RECORD_FORMAT }))
  .digest('hex');

/** A file's size and modification time: when both are unchanged, its content is not read again. */
const statOf = (path: string): string | null => {
  try {
    const { size, mtimeMs } = statSync(path);
    return `${size}:${mtimeMs}`;
  } catch {
    return null;
  }
};

const hashFile = (path: string): string | null => {
  try {
    return createHash('sha256').update(readFileSync(path)).digest('hex');
  } catch {
    return null;
  }
};

/** `size:mtime:sha256` of an input, as the cache record keeps it. */
const fingerprint = (path: string): string => `${statOf(path) ?? ''}:${hashFile(path) ?? ''}`;

/** Unchanged when size and mtime match, or when the content does (a file touched but not edited). */
function unchanged(path: string, recorded: string): boolean {
  const stat = statOf(path);
  if (stat === null) return false;
  if (recorded.startsWith(`${stat}:`)) return true;
  return recorded.slice(recorded.lastIndexOf(':') + 1) === hashFile(path);
}

/**
 * What one loading pass already learned about input files (path and recorded fingerprint →
 * unchanged?). The 74 functions share most of their ~500 inputs each: checked once, not 74 times.
 * Good for one pass only; a later pass (a hot reload) starts a new one.
 */
export type InputChecks = Map<string, boolean>;

/**
 * Bundles a function exactly as the CDK app does (the shared `LAMBDA_BUNDLING` settings) into
 * `<buildDir>/<name>/index.mjs`. The bundle is reused while every input file has the same
 * content, so a warm `pnpm dev` skips esbuild altogether.
 */
export async function bundleFunction(
  entry: string,
  name: string,
  buildDir: string,
  alias: Record<string, string> = {},
  checks: InputChecks = new Map(),
): Promise<Bundle> {
  const outDir = join(buildDir, name);
  const outfile = join(outDir, 'index.mjs');
  const recordPath = join(outDir, 'inputs.json');
  const key = `${settingsKey}:${resolve(entry)}:${JSON.stringify(alias)}`;
  const cached = freshRecord(recordPath, outfile, key, checks);
  if (cached) return { path: outfile, bytes: statSync(outfile).size, cached: true, sources: ownSources(cached.inputs) };

  mkdirSync(outDir, { recursive: true });
  // Several processes (test files, pnpm dev) may build at once: write aside, then rename.
  const temporary = join(outDir, `index.${process.pid}.${Date.now()}.tmp.mjs`);
  let result: Awaited<ReturnType<typeof build>>;
  try {
    result = await build({
      entryPoints: [entry],
      bundle: true,
      outfile: temporary,
      platform: LAMBDA_BUNDLING.platform,
      format: LAMBDA_BUNDLING.format,
      target: LAMBDA_BUNDLING.target,
      minify: LAMBDA_BUNDLING.minify,
      sourcemap: LAMBDA_BUNDLING.sourcemap,
      external: [...LAMBDA_BUNDLING.external],
      mainFields: [...LAMBDA_BUNDLING.mainFields],
      banner: { js: LAMBDA_BUNDLING.banner },
      alias,
      metafile: true,
      logLevel: 'silent',
    });
  } catch (error) {
    throw new FunctionLoadError(`Could not bundle ${name} from ${entry}: ${(error as Error).message}`, {
      cause: error,
    });
  }
  renameSync(temporary, outfile);
  const inputs: Record<string, string> = {};
  for (const input of Object.keys(result.metafile?.inputs ?? {})) {
    const absolute = resolve(input);
    inputs[absolute] = fingerprint(absolute);
  }
  writeFileSync(recordPath, JSON.stringify({ key, inputs } satisfies CacheRecord));
  return { path: outfile, bytes: statSync(outfile).size, cached: false, sources: ownSources(inputs) };
}

const ownSources = (inputs: Record<string, string>): string[] =>
  Object.keys(inputs).filter((path) => !path.includes('/node_modules/'));

function freshRecord(recordPath: string, outfile: string, key: string, checks: InputChecks): CacheRecord | null {
  try {
    statSync(outfile);
    const record = JSON.parse(readFileSync(recordPath, 'utf8')) as CacheRecord;
    if (record.key !== key) return null;
    const checked = (path: string, recorded: string): boolean => {
      const memo = `${path}\0${recorded}`;
      const known = checks.get(memo);
      if (known !== undefined) return known;
      const answer = unchanged(path, recorded);
      checks.set(memo, answer);
      return answer;
    };
    return Object.entries(record.inputs).every(([path, recorded]) => checked(path, recorded)) ? record : null;
  } catch {
    return null;
  }
}
