import { createServer } from 'node:net';
import { startLocalCloud } from '@lantern/local-cloud';
import { SERVICE_MANIFESTS } from '@lantern/service-catalog';
import { startWebApp } from '@lantern/web';
import type { TestProject } from 'vitest/node';
import { E2E_CRISIS_RESOURCES } from './organisation.js';

declare module 'vitest' {
  export interface ProvidedContext {
    e2e: { web: string; api: string };
  }
}

function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const server = createServer();
    server.once('error', reject);
    server.listen(0, 'localhost', () => {
      const address = server.address();
      const port = typeof address === 'object' && address ? address.port : 0;
      server.close(() => resolve(port));
    });
  });
}

/** The whole local system, in memory: the local cloud, then the web app pointed at it. */
export default async function setup(project: TestProject) {
  const webPort = await freePort();
  const web = `http://localhost:${webPort}`;
  const cloud = await startLocalCloud({
    manifests: SERVICE_MANIFESTS,
    inMemory: true,
    apiPort: 0,
    corsOrigins: [web],
    log: () => undefined,
    functionConfig: { CRISIS_RESOURCES: JSON.stringify(E2E_CRISIS_RESOURCES) },
  });
  const app = await startWebApp({
    cloud: { apiUrl: cloud.urls.api, issuerUrl: cloud.urls.issuer },
    port: webPort,
    crisisResources: E2E_CRISIS_RESOURCES,
  });
  project.provide('e2e', { web: app.url, api: cloud.urls.api });
  return async () => {
    await app.stop();
    await cloud.stop();
  };
}
