import type { FunctionSpec } from '@lantern/runtime';
import { describe, expect, it } from 'vitest';
import { exampleManifest } from '../src/manifest.js';

describe('the item manifest', () => {
  it('serves each route from its own function, with least privilege where asked', () => {
    const functions: Record<string, FunctionSpec> = exampleManifest.functions;

    expect(Object.keys(functions).sort()).toEqual(['createExample', 'getExample', 'relay']);
    expect(functions.getExample?.permissions).toEqual([{ kind: 'table', table: 'main', access: 'read' }]);
  });
});
