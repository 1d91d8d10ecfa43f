import { readFileSync } from 'node:fs';
import { LAMBDA_BUNDLING } from '@lantern/runtime';
import { describe, expect, it } from 'vitest';
import { LAMBDA_RUNTIME } from '../src/constructs/lambda-function.js';

const root = new URL('../../', import.meta.url);
const read = (path: string) => readFileSync(new URL(path, root), 'utf8');
const rootPackage = JSON.parse(read('package.json')) as { devDependencies: Record<string, string> };
const pinnedNode = rootPackage.devDependencies.node;
const major = (version: string) => version.replace(/^v/, '').split('.')[0];

/** Every version of `name` that the lockfile resolves (keys look like `'@scope/name@1.2.3':`). */
function lockedVersions(lockfile: string, name: string): Set<string> {
  const escaped = name.replace(/[/.]/g, '\\$&');
  const key = new RegExp(`^  '?${escaped}@(\\d+\\.\\d+\\.\\d+)[(':]`, 'gm');
  return new Set([...lockfile.matchAll(key)].map((match) => match[1] as string));
}

describe('one Node version from the tests to Lambda', () => {
  it('runs the tests on the pinned `node` devDependency, not on the Node that started pnpm', () => {
    expect(pinnedNode).toMatch(/^24\.\d+\.\d+$/);
    expect(process.version).toBe(`v${pinnedNode}`);
  });

  it('checks engines against the same version pnpm runs scripts with', () => {
    expect(read('pnpm-workspace.yaml')).toMatch(new RegExp(`^nodeVersion: ${pinnedNode?.replace(/\./g, '\\.')}$`, 'm'));
  });

  it('bundles for, and deploys to, the Node major the tests run on', () => {
    expect(LAMBDA_BUNDLING.target).toBe(`node${major(process.version)}`);
    expect(LAMBDA_RUNTIME.name).toBe(`nodejs${major(process.version)}.x`);
  });
});

describe('one version of each AWS SDK client and of Powertools commons', () => {
  const lockfile = read('pnpm-lock.yaml');
  const names = [
    ...new Set(
      [...lockfile.matchAll(/^ {2}'?(@aws-sdk\/(?:client-[a-z0-9-]+|lib-dynamodb|util-dynamodb))@/gm)].map(
        (match) => match[1] as string,
      ),
    ),
  ];

  it('finds the clients the services use', () => {
    expect(names).toEqual(expect.arrayContaining(['@aws-sdk/client-dynamodb', '@aws-sdk/lib-dynamodb']));
  });

  it.each([...names, '@aws-lambda-powertools/commons'])('resolves %s once', (name) => {
    expect(lockedVersions(lockfile, name).size).toBe(1);
  });
});
