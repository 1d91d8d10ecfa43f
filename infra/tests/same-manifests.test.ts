import { fileURLToPath } from 'node:url';
import { fixtureRoute } from '@lantern/contracts/testing';
import { type LocalCloud, startLocalCloud } from '@lantern/local-cloud';
import { defineService, type ServiceManifest } from '@lantern/runtime';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { fixtureStage } from './fixtures/manifests.js';
import { type Synthesized, synthesize } from './support/synth.js';

/**
 * One manifest, changed the way a developer would change it (a new route path, a new pattern),
 * read by both the CDK app and the local cloud: both must follow the change.
 */
const echo = fileURLToPath(new URL('./fixtures/echo-handler.ts', import.meta.url));
const changed = defineService({
  name: 'echo',
  eventSource: 'lantern.echo',
  tables: { main: { partitionKey: { name: 'pk', type: 'S' }, ttlAttribute: 'expiresAt' } },
  functions: {
    echo: {
      entry: echo,
      idempotencyTable: 'main',
      description: 'Echo fixture',
      routes: [fixtureRoute('POST', '/echoes-renamed/{echoId}', 'public')],
      subscriptions: [{ name: 'Pinged', pattern: { source: ['lantern.test'], 'detail-type': ['PingRenamed'] } }],
      permissions: [{ kind: 'table', table: 'main', access: 'readWrite' }],
    },
  },
}) satisfies ServiceManifest;

let cloud: LocalCloud;
let synthesized: Synthesized;
const logLines: string[] = [];

beforeAll(async () => {
  [synthesized] = synthesize([changed], [fixtureStage('dev')]) as [Synthesized];
  cloud = await startLocalCloud({
    manifests: [changed],
    inMemory: true,
    apiPort: 0,
    log: (line) => logLines.push(line),
  });
}, 180_000);

afterAll(async () => {
  await cloud?.stop();
});

describe('the CDK app and the local cloud read the same manifests', () => {
  it('both serve the changed route, and neither the old one', async () => {
    // Act
    const renamed = await fetch(`${cloud.urls.api}/echoes-renamed/e1`, { method: 'POST', body: '{}' });
    const old = await fetch(`${cloud.urls.api}/echoes/e1`, { method: 'POST', body: '{}' });
    const routeKeys = Object.values(synthesized.template.findResources('AWS::ApiGatewayV2::Route')).map(
      (route) => route.Properties.RouteKey,
    );
    // Assess
    expect(renamed.status).toBe(200);
    expect(await renamed.json()).toEqual({ routeKey: 'POST /echoes-renamed/{echoId}' });
    expect(old.status).toBe(404);
    expect(routeKeys).toEqual(['POST /echoes-renamed/{echoId}']);
  });

  it('both deliver on the changed pattern', async () => {
    // Act
    const response = await fetch(cloud.urls.eventbridge, {
      method: 'POST',
      headers: { 'content-type': 'application/x-amz-json-1.1', 'x-amz-target': 'AWSEvents.PutEvents' },
      body: JSON.stringify({
        Entries: ['Ping', 'PingRenamed'].map((detailType) => ({
          Source: 'lantern.test',
          DetailType: detailType,
          Detail: '{}',
          EventBusName: cloud.config.LANTERN_EVENT_BUS,
        })),
      }),
    });
    await waitFor(() => logLines.some((line) => /fixture-delivered PingRenamed/.test(line)));
    // Both events were put together; give the unmatched one the same time to (wrongly) arrive.
    await new Promise((resolve) => setTimeout(resolve, 500));
    const patterns = Object.values(synthesized.template.findResources('AWS::Events::Rule'))
      .map((rule) => rule.Properties.EventPattern)
      .filter((pattern) => pattern.source?.[0] === 'lantern.test');
    // Assess
    expect(response.status).toBe(200);
    expect(logLines.filter((line) => /fixture-delivered Ping(?!Renamed)/.test(line))).toEqual([]);
    expect(patterns).toEqual([{ source: ['lantern.test'], 'detail-type': ['PingRenamed'] }]);
  });
});

async function waitFor(condition: () => boolean, timeoutMs = 15_000): Promise<void> {
  const deadline = Date.now() + timeoutMs;
  while (!condition()) {
    if (Date.now() > deadline) throw new Error('timed out waiting for delivery');
    await new Promise((resolve) => setTimeout(resolve, 50));
  }
}
