import { readFileSync } from 'node:fs';
import { type RouteDefinition, routeKey } from '@lantern/contracts';
import { OPENAPI_PATH } from '@lantern/contracts/openapi';
import { collectRoutes } from '@lantern/local-cloud';
import { SERVICE_MANIFESTS, SERVICE_ROUTES } from '@lantern/service-catalog';
import { WEB_ROUTES } from '@lantern/web/api-routes';
import { beforeAll, describe, expect, it } from 'vitest';
import { fixtureStage } from './fixtures/manifests.js';
import { type Synthesized, synthesize } from './support/synth.js';

/** What one reader of the routes believes: route key → who may call it (`protected` when it only knows that). */
type RouteView = Map<string, string>;

const rolesOf = (auth: RouteDefinition['auth']) => (auth === 'public' ? 'public' : [...auth].sort().join(','));
const protectedness = (auth: string) => (auth === 'public' ? 'public' : 'protected');

function openApiView(document: {
  paths: Record<string, Record<string, { 'x-lantern-roles': RouteDefinition['auth'] }>>;
}): RouteView {
  return new Map(
    Object.entries(document.paths).flatMap(([path, methods]) =>
      Object.entries(methods).map(([method, op]) => [
        `${method.toUpperCase()} ${path}`,
        rolesOf(op['x-lantern-roles']),
      ]),
    ),
  );
}

function cdkView(synthesized: Synthesized): RouteView {
  const routes = synthesized.template.findResources('AWS::ApiGatewayV2::Route');
  return new Map(
    Object.values(routes).map((route) => {
      const { RouteKey, AuthorizationType } = route.Properties as { RouteKey: string; AuthorizationType?: string };
      return [RouteKey, AuthorizationType === 'JWT' ? 'protected' : 'public'];
    }),
  );
}

/**
 * Every difference between the route values and what each reader has: a missing or extra route, or
 * other roles (the CDK app only knows public from protected; roles are checked in the function).
 */
export function routeDrift(
  routes: readonly RouteDefinition[],
  views: Record<string, { view: RouteView; partial?: boolean; coarse?: boolean }>,
): string[] {
  const expected = new Map(routes.map((route) => [routeKey(route), rolesOf(route.auth)]));
  const drift: string[] = [];
  for (const [reader, { view, partial, coarse }] of Object.entries(views)) {
    for (const [key, auth] of expected) {
      const seen = view.get(key);
      if (seen === undefined) {
        if (!partial) drift.push(`${reader} lacks ${key}`);
      } else if (seen !== (coarse ? protectedness(auth) : auth)) {
        drift.push(`${reader} has ${key} as ${seen}, the route value says ${auth}`);
      }
    }
    for (const key of view.keys())
      if (!expected.has(key)) drift.push(`${reader} has ${key}, which no route value declares`);
  }
  return drift;
}

describe('one route value, read the same by every reader', () => {
  let synthesized: Synthesized;
  let views: Parameters<typeof routeDrift>[1];
  beforeAll(() => {
    [synthesized] = synthesize(SERVICE_MANIFESTS, [fixtureStage('dev')]) as [Synthesized];
    views = {
      'the OpenAPI document': { view: openApiView(JSON.parse(readFileSync(OPENAPI_PATH, 'utf8'))) },
      'the web client': {
        view: new Map(Object.values(WEB_ROUTES).map((r) => [routeKey(r), rolesOf(r.auth)])),
        partial: true,
      },
      'the CDK app': { view: cdkView(synthesized), coarse: true },
      'the local cloud': { view: new Map(collectRoutes(SERVICE_MANIFESTS).map((r) => [r.routeKey, rolesOf(r.auth)])) },
    };
  }, 120_000);

  it('finds no drift between the route values and the OpenAPI document, web client, CDK app and local cloud', () => {
    expect(routeDrift(SERVICE_ROUTES, views)).toEqual([]);
  });

  it('would notice a route whose path or roles changed in one place only', () => {
    const [first, ...rest] = SERVICE_ROUTES as [RouteDefinition, ...RouteDefinition[]];
    const moved = { ...first, path: `${first.path}-moved` };
    const widened = { ...first, auth: first.auth === 'public' ? (['admin'] as const) : ('public' as const) };
    expect(routeDrift([moved, ...rest], views)).toEqual(
      expect.arrayContaining([`the OpenAPI document lacks ${routeKey(moved)}`, `the CDK app lacks ${routeKey(moved)}`]),
    );
    expect(routeDrift([widened, ...rest], views).length).toBeGreaterThanOrEqual(3);
  });
});
