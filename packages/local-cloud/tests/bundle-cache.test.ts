import { mkdtempSync, readFileSync, rmSync, utimesSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { bundleFunction } from '../src/functions/bundle.js';

const folder = mkdtempSync(join(tmpdir(), 'lantern-bundle-cache-'));
const entry = join(folder, 'handler.ts');
const buildDir = join(folder, 'build');
const write = (answer: string) => writeFileSync(entry, `export const handler = async () => '${answer}';\n`);
afterAll(() => rmSync(folder, { recursive: true, force: true }));

describe('the bundle cache', () => {
  it('reuses a bundle while its inputs are the same, touched or not, and bundles an edit again', async () => {
    // Prepare
    write('first');
    const built = await bundleFunction(entry, 'fn', buildDir);
    // Act
    const again = await bundleFunction(entry, 'fn', buildDir);
    const later = new Date(Date.now() + 5_000);
    utimesSync(entry, later, later);
    const touched = await bundleFunction(entry, 'fn', buildDir);
    write('second answer');
    const edited = await bundleFunction(entry, 'fn', buildDir);
    // Assess
    expect([built.cached, again.cached, touched.cached, edited.cached]).toEqual([false, true, true, false]);
    expect(readFileSync(edited.path, 'utf8')).toContain('second answer');
  });

  it('checks an input once per loading pass, and a later pass sees what changed since', async () => {
    // Prepare
    write('one');
    await bundleFunction(entry, 'a', buildDir);
    await bundleFunction(entry, 'b', buildDir);
    const startingPass = new Map<string, boolean>();
    await bundleFunction(entry, 'a', buildDir, {}, startingPass);
    const checksAfterOne = startingPass.size;
    // Act
    const second = await bundleFunction(entry, 'b', buildDir, {}, startingPass);
    write('two, edited');
    const reload = await bundleFunction(entry, 'b', buildDir, {}, new Map());
    // Assess
    expect(second.cached).toBe(true);
    expect(startingPass.size).toBe(checksAfterOne);
    expect(reload.cached).toBe(false);
    expect(readFileSync(reload.path, 'utf8')).toContain('two, edited');
  });
});
