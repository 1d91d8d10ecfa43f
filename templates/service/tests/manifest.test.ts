import { describe, expect, it } from 'vitest';
import { exampleManifest } from '../src/manifest.js';

describe('the example manifest', () => {
  it('serves each route from its own function, with least privilege where asked', () => {
    const functions = exampleManifest.functions;

    expect(Object.keys(functions).sort()).toEqual(['createExample', 'getExample', 'relay']);
    expect(functions.getExample.permissions).toEqual([{ kind: 'table', table: 'main', access: 'read' }]);
  });
});
