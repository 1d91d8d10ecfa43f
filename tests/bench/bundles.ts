import { execFileSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, statSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { type FunctionSpec, functionEnvironment, LAMBDA_BUNDLING, type ServiceManifest } from '@lantern/runtime';
import { build } from 'esbuild';
import { round, summarise } from './stats.js';

/** The SDK clients a function's permissions imply: its baseline imports exactly these. */
function sdkClientsOf(fn: FunctionSpec): string[] {
  const clients = new Set<string>();
  for (const permission of fn.permissions) {
    if (permission.kind === 'table') clients.add('dynamodb');
    if (permission.kind === 'publishEvents') clients.add('eventbridge');
    if (permission.kind === 'sendEmail') clients.add('sesv2');
    if (permission.kind === 'sendText') clients.add('pinpoint-sms-voice-v2');
    if (permission.kind === 'manageSchedules') clients.add('scheduler');
  }
  return [...clients].sort();
}

const BASELINE_IMPORTS: Record<string, { module: string; client: string; command: string }> = {
  dynamodb: { module: '@aws-sdk/client-dynamodb', client: 'DynamoDBClient', command: 'ListTablesCommand' },
  eventbridge: { module: '@aws-sdk/client-eventbridge', client: 'EventBridgeClient', command: 'ListEventBusesCommand' },
  sesv2: { module: '@aws-sdk/client-sesv2', client: 'SESv2Client', command: 'GetAccountCommand' },
  'pinpoint-sms-voice-v2': {
    module: '@aws-sdk/client-pinpoint-sms-voice-v2',
    client: 'PinpointSMSVoiceV2Client',
    command: 'DescribeOptedOutNumbersCommand',
  },
  scheduler: { module: '@aws-sdk/client-scheduler', client: 'SchedulerClient', command: 'ListSchedulesCommand' },
};

/** A bare handler that uses the same SDK clients and does nothing else: what the SDK alone costs. */
function baselineSource(clients: string[]): string {
  const lines = clients.map((name, i) => {
    const b = BASELINE_IMPORTS[name]!;
    return `import { ${b.client} as C${i}, ${b.command} as K${i} } from '${b.module}';`;
  });
  const calls = clients.map((_, i) => `await new C${i}({}).send(new K${i}({}));`).join('\n  ');
  return `${lines.join('\n')}\nexport const handler = async () => {\n  ${calls}\n};\n`;
}

async function bundle(
  entry: { path?: string; contents?: string },
  outfile: string,
  resolveDir: string,
  alias: Record<string, string> = {},
): Promise<number> {
  const { banner, external, mainFields, ...settings } = LAMBDA_BUNDLING;
  await build({
    ...settings,
    alias,
    external: [...external],
    mainFields: [...mainFields],
    banner: { js: banner },
    bundle: true,
    outfile,
    logLevel: 'silent',
    ...(entry.path
      ? { entryPoints: [entry.path] }
      : { stdin: { contents: entry.contents!, resolveDir, loader: 'ts' } }),
  });
  return statSync(outfile).size;
}

/** Module load time of a bundle in a fresh Node process each time, as a cold start pays it. */
function loadTimes(file: string, env: Record<string, string>, runs: number): number[] {
  const script = `const t=performance.now();await import(${JSON.stringify(pathToFileURL(file).href)});process.stdout.write(String(performance.now()-t));`;
  return Array.from({ length: runs }, () =>
    Number(
      execFileSync(process.execPath, ['--no-warnings', '--input-type=module', '-e', script], {
        env: { ...process.env, ...env },
      }).toString(),
    ),
  );
}

/**
 * The environment a function gets (functionEnvironment, as in AWS and locally), with placeholder
 * resource names: handlers read their configuration at cold start.
 */
function benchEnvironment(manifest: ServiceManifest, fn: FunctionSpec): Record<string, string> {
  const linkKeys = JSON.stringify({ current: { id: 'bench', secret: Buffer.alloc(32, 1).toString('base64') } });
  const tableNames = Object.fromEntries(Object.keys(manifest.tables).map((name) => [name, 'bench']));
  return {
    AWS_REGION: 'us-east-1',
    POWERTOOLS_METRICS_NAMESPACE: 'Lantern',
    ...functionEnvironment(manifest, fn, {
      tableNames,
      busName: 'bench',
      sendEmail: { senderEmail: 'bench@example.org', configurationSet: 'bench' },
      sendText: { originationIdentity: 'bench', configurationSet: 'bench' },
      manageSchedules: { group: 'bench', roleArn: 'arn:aws:iam::000000000000:role/bench', busArn: 'bench' },
      signLinks: { keyRing: linkKeys },
    }),
  };
}

export interface BundleResult {
  function: string;
  sdkClients: string[];
  bytes: number;
  baselineBytes: number;
  overheadKB: number;
  loadMs: { median: number; p95: number; runs: number };
  baselineLoadMs: { median: number; p95: number; runs: number };
  loadOverheadMs: number;
  withinBudget: boolean;
}

export async function measureBundles(manifests: readonly ServiceManifest[], runs = 15): Promise<BundleResult[]> {
  const dir = mkdtempSync(join(tmpdir(), 'lantern-bundles-'));
  mkdirSync(dir, { recursive: true });
  const resolveDir = new URL('.', import.meta.url).pathname;
  const baselines = new Map<string, { file: string; bytes: number }>();
  const results: BundleResult[] = [];
  for (const manifest of manifests) {
    for (const [name, fn] of Object.entries(manifest.functions)) {
      const clients = sdkClientsOf(fn);
      const key = clients.join('+');
      if (!baselines.has(key)) {
        const file = join(dir, `baseline-${key}.mjs`);
        writeFileSync(join(dir, `baseline-${key}.ts`), baselineSource(clients));
        baselines.set(key, { file, bytes: await bundle({ contents: baselineSource(clients) }, file, resolveDir) });
      }
      const baseline = baselines.get(key)!;
      const file = join(dir, `${manifest.name}-${name}.mjs`);
      const bytes = await bundle({ path: fn.entry }, file, resolveDir, fn.alias);
      // Baseline and function loads alternate, so both see the same moments of a noisy machine.
      const environment = benchEnvironment(manifest, fn);
      const baselineTimes: number[] = [];
      const times: number[] = [];
      for (let run = 0; run < runs; run++) {
        baselineTimes.push(...loadTimes(baseline.file, environment, 1));
        times.push(...loadTimes(file, environment, 1));
      }
      const load = summarise(times);
      const baselineLoad = summarise(baselineTimes);
      const overheadKB = round((bytes - baseline.bytes) / 1024);
      const loadOverheadMs = round(load.median - baselineLoad.median);
      results.push({
        function: `${manifest.name}.${name}`,
        sdkClients: clients,
        bytes,
        baselineBytes: baseline.bytes,
        overheadKB,
        loadMs: load,
        baselineLoadMs: baselineLoad,
        loadOverheadMs,
        withinBudget: overheadKB <= 150 && loadOverheadMs <= 30,
      });
    }
  }
  return results;
}
