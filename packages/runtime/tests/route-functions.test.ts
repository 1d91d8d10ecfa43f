import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { ManifestError } from '../src/manifest.js';
import { routeFunctions } from '../src/route-functions.js';

const read = [{ kind: 'table', table: 'main', access: 'read' } as const];
const readWrite = [{ kind: 'table', table: 'main', access: 'readWrite' } as const];

describe('routeFunctions', () => {
  it('makes one function per route file, named by its operationId and served by the handler of the same name', async () => {
    // Act
    const functions = await routeFunctions(new URL('./fixtures/routed/', import.meta.url), {
      permissions: read,
      overrides: { putThingsThingId: { permissions: readWrite, timeoutSeconds: 5 } },
    });

    // Assess
    expect(Object.keys(functions)).toEqual(['getThingsThingId', 'putThingsThingId']);
    expect(functions.getThingsThingId).toMatchObject({
      entry: fileURLToPath(new URL('./fixtures/routed/handlers/get-thing.ts', import.meta.url)),
      permissions: read,
      description: 'GET /things/{thingId}: GET /things/{thingId} (fixture)',
    });
    expect(functions.getThingsThingId?.routes?.map((route) => route.path)).toEqual(['/things/{thingId}']);
    expect(functions.putThingsThingId).toMatchObject({ permissions: readWrite, timeoutSeconds: 5 });
  });

  it('gives a route that pages the key ring its cursors are signed with', async () => {
    const functions = await routeFunctions(new URL('./fixtures/paged/', import.meta.url), { permissions: read });

    expect(functions.listThings?.permissions).toEqual([...read, { kind: 'signLinks' }]);
  });

  it('refuses a route file without a handler', async () => {
    await expect(
      routeFunctions(new URL('./fixtures/unserved/', import.meta.url), { permissions: read }),
    ).rejects.toThrow(new ManifestError('routes/get-thing.ts has no handler: expected handlers/get-thing.ts'));
  });

  it('refuses an override that names no route, so a renamed route cannot silently lose its settings', async () => {
    await expect(
      routeFunctions(new URL('./fixtures/routed/', import.meta.url), {
        permissions: read,
        overrides: { getThing: { timeoutSeconds: 5 } },
      }),
    ).rejects.toThrow('overrides name no route: getThing');
  });
});
