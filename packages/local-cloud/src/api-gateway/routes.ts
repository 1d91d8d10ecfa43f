import type { HttpMethod, Role } from '@lantern/contracts';
import type { ServiceManifest } from '@lantern/runtime';
import { ManifestConflictError } from '../errors.js';
import { functionName } from '../names.js';

export interface ApiRoute {
  method: HttpMethod;
  path: string;
  /** `GET /clients/{clientId}`, as API Gateway names it. */
  routeKey: string;
  auth: 'public' | readonly Role[];
  /** Request headers the route value declares (CORS allows them). */
  headers: readonly string[];
  functionName: string;
  segments: string[];
}

export interface RouteMatch {
  route: ApiRoute;
  pathParameters: Record<string, string>;
}

export function collectRoutes(manifests: readonly ServiceManifest[]): ApiRoute[] {
  const routes: ApiRoute[] = [];
  const seen = new Map<string, string>();
  for (const manifest of manifests) {
    for (const [logicalName, fn] of Object.entries(manifest.functions)) {
      for (const route of fn.routes ?? []) {
        const routeKey = `${route.method} ${route.path}`;
        const target = functionName(manifest.name, logicalName);
        const previous = seen.get(routeKey);
        if (previous) throw new ManifestConflictError(`Route ${routeKey} is declared by ${previous} and ${target}`);
        seen.set(routeKey, target);
        routes.push({
          method: route.method,
          path: route.path,
          auth: route.auth,
          headers: Object.keys(route.headers ?? {}),
          routeKey,
          functionName: target,
          segments: route.path.split('/').filter(Boolean),
        });
      }
    }
  }
  return routes;
}

const isParameter = (segment: string) => segment.startsWith('{') && segment.endsWith('}');

function matchSegments(route: ApiRoute, segments: string[]): Record<string, string> | null {
  const parameters: Record<string, string> = {};
  for (let index = 0; index < route.segments.length; index++) {
    const pattern = route.segments[index] as string;
    if (pattern.endsWith('+}')) {
      // Greedy `{proxy+}`: the rest of the path, at least one segment.
      if (index >= segments.length) return null;
      parameters[pattern.slice(1, -2)] = segments.slice(index).map(decode).join('/');
      return parameters;
    }
    const segment = segments[index];
    if (segment === undefined) return null;
    if (isParameter(pattern)) parameters[pattern.slice(1, -1)] = decode(segment);
    else if (pattern !== segment) return null;
  }
  return route.segments.length === segments.length ? parameters : null;
}

const decode = (segment: string): string => {
  try {
    return decodeURIComponent(segment);
  } catch {
    return segment;
  }
};

/** How specific a route is: literal segments beat parameters, which beat a greedy tail (as in API Gateway). */
const specificity = (route: ApiRoute): number[] =>
  route.segments.map((segment) => (segment.endsWith('+}') ? 0 : isParameter(segment) ? 1 : 2));

function compareSpecificity(a: ApiRoute, b: ApiRoute): number {
  const left = specificity(a);
  const right = specificity(b);
  for (let index = 0; index < Math.max(left.length, right.length); index++) {
    const difference = (right[index] ?? -1) - (left[index] ?? -1);
    if (difference !== 0) return difference;
  }
  return 0;
}

export function matchRoute(routes: readonly ApiRoute[], method: string, path: string): RouteMatch | null {
  const segments = path.split('/').filter(Boolean);
  const candidates = routes
    .filter((route) => route.method === method)
    .map((route) => ({ route, pathParameters: matchSegments(route, segments) }))
    .filter((match): match is RouteMatch => match.pathParameters !== null)
    .sort((a, b) => compareSpecificity(a.route, b.route));
  return candidates[0] ?? null;
}
