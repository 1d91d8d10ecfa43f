import type { RouteDefinition } from '@lantern/contracts';
import { describe, expect, it } from 'vitest';
import * as routes from '../src/routes/index.js';

const all: RouteDefinition[] = Object.values(routes);

describe('support routes', () => {
  it('every request body example is valid against its own schema', () => {
    for (const route of all) {
      if (!route.body) continue;
      const parsed = route.body.safeParse(route.bodyExample);
      expect(parsed.success, `${route.operationId}: ${JSON.stringify(parsed.error?.issues)}`).toBe(true);
    }
  });

  it('every operationId is unique', () => {
    expect(new Set(all.map((route) => route.operationId)).size).toBe(all.length);
  });

  it('every route but the shared plan link needs a staff token', () => {
    const publicRoutes = all.filter((route) => route.auth === 'public').map((route) => route.operationId);
    expect(publicRoutes).toEqual(['getSharedPlan']);
  });
});
