import { createHash } from 'node:crypto';
import { existsSync, readFileSync, renameSync } from 'node:fs';
import { dirname, join } from 'node:path';
import type { FunctionSpec, ServiceManifest } from '@lantern/runtime';
import { build } from 'esbuild';
import type { LocalResources } from '../local-resources.js';
import { functionArn, functionName } from '../names.js';
import { bundleFunction, type InputChecks } from './bundle.js';
import { type LocalEndpoints, localFunctionEnvironment } from './environment.js';
import { FunctionPool } from './worker-pool.js';

export interface LocalFunction {
  service: string;
  logicalName: string;
  name: string;
  spec: FunctionSpec;
  manifest: ServiceManifest;
  pool: FunctionPool;
  bundleBytes: number;
  /** Source files (outside node_modules) the bundle was made from. */
  sources: string[];
  /** Bundles again and gives a fresh function with new sandboxes. */
  rebuild(): Promise<LocalFunction>;
}

/** Lambda's default timeout when a manifest gives none. */
const DEFAULT_TIMEOUT_SECONDS = 3;

/** Bundles the worker host (TypeScript) once per content; it is tiny. */
async function buildWorkerHost(buildDir: string): Promise<string> {
  const source = new URL('./worker-host.ts', import.meta.url).pathname;
  const hash = createHash('sha256')
    .update(readFileSync(source))
    .update(readFileSync(new URL('./protocol.ts', import.meta.url).pathname))
    .digest('hex')
    .slice(0, 16);
  const outfile = join(buildDir, '_worker-host', `host-${hash}.mjs`);
  if (existsSync(outfile)) return outfile;
  const temporary = `${outfile}.${process.pid}.tmp.mjs`;
  await build({
    entryPoints: [source],
    bundle: true,
    platform: 'node',
    format: 'esm',
    target: 'node24',
    outfile: temporary,
    logLevel: 'silent',
  });
  renameSync(temporary, outfile);
  return outfile;
}

export interface LoadContext {
  buildDir: string;
  tableNames: (manifest: ServiceManifest) => Record<string, string>;
  busName: string;
  config: Record<string, string>;
  resources: LocalResources;
  endpoints: LocalEndpoints;
  /** Sandboxes per function at most (Lambda's reserved concurrency, scaled to a laptop). */
  concurrency: number;
  log: (line: string) => void;
}

async function loadFunction(
  context: LoadContext & { hostPath: string; inputChecks: InputChecks },
  manifest: ServiceManifest,
  logicalName: string,
  spec: FunctionSpec,
): Promise<LocalFunction> {
  const name = functionName(manifest.name, logicalName);
  const bundle = await bundleFunction(spec.entry, name, context.buildDir, spec.alias, context.inputChecks);
  const pool = new FunctionPool(
    {
      name,
      arn: functionArn(name),
      bundlePath: bundle.path,
      hostPath: context.hostPath,
      environment: localFunctionEnvironment({
        manifest,
        fn: spec,
        physicalName: name,
        taskRoot: dirname(bundle.path),
        tableNames: context.tableNames(manifest),
        busName: context.busName,
        config: context.config,
        resources: context.resources,
        endpoints: context.endpoints,
      }),
      timeoutSeconds: spec.timeoutSeconds ?? DEFAULT_TIMEOUT_SECONDS,
      memoryMb: spec.memoryMb ?? 128,
    },
    context.log,
    context.concurrency,
  );
  return {
    service: manifest.name,
    logicalName,
    name,
    spec,
    manifest,
    pool,
    bundleBytes: bundle.bytes,
    sources: bundle.sources,
    // A reload looks at the files afresh: what the starting pass learned is out of date by then.
    rebuild: () => loadFunction({ ...context, inputChecks: new Map() }, manifest, logicalName, spec),
  };
}

/** Bundles every manifest function and prepares its (not yet started) sandboxes. */
export async function loadFunctions(
  input: LoadContext & { manifests: readonly ServiceManifest[] },
): Promise<LocalFunction[]> {
  const context = { ...input, hostPath: await buildWorkerHost(input.buildDir), inputChecks: new Map() };
  return Promise.all(
    input.manifests.flatMap((manifest) =>
      Object.entries(manifest.functions).map(([logicalName, spec]) =>
        loadFunction(context, manifest, logicalName, spec),
      ),
    ),
  );
}
