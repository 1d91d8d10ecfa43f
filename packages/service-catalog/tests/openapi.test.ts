import { readFileSync } from 'node:fs';
import { EXAMPLE_INTAKE } from '@lantern/contracts';
import { buildOpenApiDocument, OPENAPI_PATH, renderOpenApi } from '@lantern/contracts/openapi';
import { describe, expect, it } from 'vitest';
import { SERVICE_ROUTES } from '../src/index.js';

type Operation = {
  security?: unknown;
  requestBody?: { content: Record<string, { example?: unknown; schema: { required?: string[] } }> };
};
const document = buildOpenApiDocument(SERVICE_ROUTES) as { paths: Record<string, Record<string, Operation>> };

describe('the OpenAPI document', () => {
  it('is committed as generated from the route values (run `pnpm openapi` when this fails)', () => {
    expect(readFileSync(OPENAPI_PATH, 'utf8')).toBe(renderOpenApi(SERVICE_ROUTES));
  });

  it('protects every route but the public ones with the bearer scheme', () => {
    for (const route of SERVICE_ROUTES) {
      const operation = document.paths[route.path]?.[route.method.toLowerCase()];
      expect(operation?.security, `${route.method} ${route.path}`).toEqual(
        route.auth === 'public' ? undefined : [{ bearer: [] }],
      );
    }
  });

  it('gives every request body an example that its own schema accepts', () => {
    for (const route of SERVICE_ROUTES.filter((r) => r.body)) {
      const example =
        document.paths[route.path]?.[route.method.toLowerCase()]?.requestBody?.content['application/json']?.example;
      expect(route.body?.safeParse(example).success, `${route.method} ${route.path}`).toBe(true);
    }
  });

  it('describes the intake body with its required fields', () => {
    const schema = document.paths['/intakes']?.post?.requestBody?.content['application/json']?.schema;
    expect(schema?.required).toEqual(
      expect.arrayContaining(['preferredName', 'email', 'timeZone', 'safety', 'consents']),
    );
  });
});

describe('the example intake file used in the README', () => {
  it('is the contract’s example, so `curl -d @…` sends a valid body', () => {
    const file = JSON.parse(readFileSync(new URL('../../contracts/examples/intake.json', import.meta.url), 'utf8'));
    expect(file).toEqual(EXAMPLE_INTAKE);
  });
});
