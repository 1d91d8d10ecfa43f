import { existsSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import type { RouteDefinition } from '@lantern/contracts';
import { type FunctionSpec, ManifestError, type Permission } from './manifest.js';

/** What every route function of a service gets unless `overrides` says otherwise. */
export interface RouteFunctionOptions {
  permissions: Permission[];
  /** Per operationId: extra settings, or other permissions (least privilege for a route that needs less). */
  overrides?: Record<string, Partial<Omit<FunctionSpec, 'entry' | 'routes'>>>;
}

const isRoute = (value: unknown): value is RouteDefinition =>
  typeof value === 'object' &&
  value !== null &&
  typeof (value as RouteDefinition).operationId === 'string' &&
  typeof (value as RouteDefinition).path === 'string' &&
  typeof (value as RouteDefinition).responses === 'object';

/** A route that pages (a `cursor` in its query) signs its cursors with the link key ring. */
const pages = (route: RouteDefinition): boolean => Boolean(route.query && 'cursor' in route.query.shape);
const withCursorKeys = (permissions: Permission[]): Permission[] =>
  permissions.some((p) => p.kind === 'signLinks') ? permissions : [...permissions, { kind: 'signLinks' }];

/**
 * One function per route file, found by convention so that adding a route touches only its route
 * value, its handler and its test: `src/routes/<name>.ts` exports the route, `src/handlers/<name>.ts`
 * serves it with `httpHandler(route, …)`. The function is named by the route's operationId.
 */
export async function routeFunctions(
  sourceDir: URL,
  options: RouteFunctionOptions,
): Promise<Record<string, FunctionSpec>> {
  const routesDir = fileURLToPath(new URL('routes/', sourceDir));
  const handlersDir = fileURLToPath(new URL('handlers/', sourceDir));
  const files = readdirSync(routesDir)
    .filter((file) => file.endsWith('.ts') && file !== 'index.ts')
    .sort();
  const functions: Record<string, FunctionSpec> = {};
  for (const file of files) {
    const module: Record<string, unknown> = await import(pathToFileURL(join(routesDir, file)).href);
    const routes = Object.values(module).filter(isRoute);
    const [route, ...more] = routes;
    if (!route || more.length > 0) {
      throw new ManifestError(`routes/${file} must export exactly one route value (found ${routes.length})`);
    }
    const entry = join(handlersDir, file);
    if (!existsSync(entry)) throw new ManifestError(`routes/${file} has no handler: expected handlers/${file}`);
    if (functions[route.operationId]) throw new ManifestError(`two routes are named ${route.operationId}`);
    const { overrides = {} } = options;
    const spec = { permissions: options.permissions, ...overrides[route.operationId] };
    functions[route.operationId] = {
      entry,
      description: `${route.method} ${route.path}: ${route.summary}`,
      ...spec,
      permissions: pages(route) ? withCursorKeys(spec.permissions) : spec.permissions,
      routes: [route],
    };
  }
  const unknown = Object.keys(options.overrides ?? {}).filter((name) => !functions[name]);
  if (unknown.length > 0) throw new ManifestError(`overrides name no route: ${unknown.join(', ')}`);
  return functions;
}
