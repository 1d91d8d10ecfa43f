import { startLocalCloud } from '@lantern/local-cloud';
import { SERVICE_MANIFESTS } from '@lantern/service-catalog';
import type { TestProject } from 'vitest/node';

declare module 'vitest' {
  export interface ProvidedContext {
    lantern: { api: string; config: Record<string, string> };
  }
}

/** Boots the whole local cloud once (in memory, any free port) for every integration test file. */
export default async function setup(project: TestProject) {
  const cloud = await startLocalCloud({
    manifests: SERVICE_MANIFESTS,
    inMemory: true,
    apiPort: 0,
    bus: { maxAttempts: 3, baseDelayMs: 50 },
  });
  project.provide('lantern', { api: cloud.urls.api, config: cloud.config });
  return async () => {
    await cloud.stop();
  };
}
