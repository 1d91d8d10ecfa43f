/**
 * The CDK app (`cdk.json` → `tsx infra/bin/lantern.ts`). Every configured stage is built unless
 * `-c stage=<name>` picks one. The SPA must be built first (`pnpm --filter @lantern/web build`);
 * only `pnpm synth` (CI) passes `-c lantern:webOptional=true` to synthesize without it.
 */
import { existsSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { SERVICE_MANIFESTS } from '@lantern/service-catalog';
import { App } from 'aws-cdk-lib';
import { buildLanternApp, parseStageConfigs, StageConfigError } from '../src/index.js';

const projectRoot = fileURLToPath(new URL('../..', import.meta.url)).replace(/\/$/, '');
const webDist = `${projectRoot}/web/dist`;

// A throwaway App reads the context cdk.json and `-c` flags provide.
const context = new App({ autoSynth: false }).node;
const only = context.tryGetContext('stage') as string | undefined;
const webOptional = String(context.tryGetContext('lantern:webOptional')) === 'true';

try {
  const stages = parseStageConfigs(context.tryGetContext('lantern'), only);
  const webBuilt = existsSync(`${webDist}/index.html`);
  if (!webBuilt && !webOptional) {
    throw new StageConfigError(
      'The web app is not built (web/dist/index.html is missing): run `pnpm --filter @lantern/web build`, then deploy again.',
    );
  }
  buildLanternApp({
    stages,
    manifests: SERVICE_MANIFESTS,
    projectRoot,
    webDist: webBuilt ? webDist : undefined,
    nag: true,
  }).app.synth();
} catch (error) {
  if (!(error instanceof StageConfigError)) throw error;
  console.error(`\n${error.message}\n`);
  process.exit(1);
}
