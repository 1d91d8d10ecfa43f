import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { buildOpenApiDocument, OPENAPI_PATH, renderOpenApi } from '../src/openapi.js';

describe('the OpenAPI document', () => {
  it('is committed as generated from the current schemas (run `pnpm openapi` when this fails)', () => {
    expect(readFileSync(OPENAPI_PATH, 'utf8')).toBe(renderOpenApi());
  });

  it('lists every route of API.md that the intake service serves, with the right security', () => {
    const document = buildOpenApiDocument() as { paths: Record<string, Record<string, { security?: unknown }>> };
    expect(Object.keys(document.paths).sort()).toEqual(['/clients', '/clients/{clientId}', '/intakes']);
    expect(document.paths['/intakes']?.post?.security).toBeUndefined();
    expect(document.paths['/clients']?.get?.security).toEqual([{ bearer: [] }]);
  });

  it('describes the intake body with its required fields', () => {
    const document = buildOpenApiDocument() as { components: { schemas: Record<string, { required?: string[] }> } };
    expect(document.components.schemas.IntakeRequest?.required).toEqual(
      expect.arrayContaining(['preferredName', 'email', 'timeZone', 'safety', 'consents']),
    );
  });
});

describe('the example intake file used in the README', () => {
  it('is the contract’s example, so `curl -d @…` sends a valid body', async () => {
    const { EXAMPLE_INTAKE } = await import('../src/examples.js');
    const file = JSON.parse(readFileSync(new URL('../examples/intake.json', import.meta.url), 'utf8'));
    expect(file).toEqual(EXAMPLE_INTAKE);
  });
});
