import { cpSync, existsSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, relative } from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterEach, describe, expect, it } from 'vitest';
import { createService, renameExample, serviceNames } from '../scripts/new-service.js';

const repository = fileURLToPath(new URL('../../../', import.meta.url));
let root: string;

/** A scratch copy of what the generator reads and changes. */
function scratchRepository(): string {
  const dir = mkdtempSync(join(tmpdir(), 'lantern-new-service-'));
  for (const path of [
    'templates/service',
    'packages/contracts/src/index.ts',
    'packages/service-catalog/src/index.ts',
    'packages/service-catalog/package.json',
  ]) {
    cpSync(join(repository, path), join(dir, path), { recursive: true, filter: (s) => !s.includes('node_modules') });
  }
  return dir;
}

afterEach(() => root && rmSync(root, { recursive: true, force: true }));

describe('pnpm new-service', () => {
  it('renames identifiers, paths and names, and leaves example addresses alone', () => {
    const names = serviceNames('peer-notes');

    expect(
      renameExample("export const getExampleRoute = { path: '/examples/{exampleId}', user: 'a@example.org' };", names),
    ).toBe("export const getPeerNotesRoute = { path: '/peer-notess/{peerNotesId}', user: 'a@example.org' };");
    expect(renameExample("name: 'example', eventSource: 'lantern.example', exampleTables, bodyExample", names)).toBe(
      "name: 'peer-notes', eventSource: 'lantern.peer-notes', peerNotesTables, bodyExample",
    );
  });

  it('refuses a name that is not lower-case words joined by hyphens', () => {
    expect(() => serviceNames('PeerNotes')).toThrow('not a service name');
    expect(() => serviceNames('../x')).toThrow('not a service name');
  });

  it('writes the service, moves its contract to the contracts package and registers it', () => {
    // Prepare
    root = scratchRepository();

    // Act
    const files = createService(root, 'peer-notes').map((file) => relative(root, file));

    // Assess
    expect(files).toContain('services/peer-notes/src/routes/create-peer-notes.ts');
    expect(files).toContain('services/peer-notes/src/store/peer-notes-store.ts');
    expect(files).toContain('packages/contracts/src/peer-notes.ts');
    expect(existsSync(join(root, 'services/peer-notes/src/contract.ts'))).toBe(false);
    for (const file of files.filter((f) => f.startsWith('services/'))) {
      const text = readFileSync(join(root, file), 'utf8').replaceAll('@example.org', '');
      expect(text.replaceAll('bodyExample', ''), file).not.toMatch(/example|contract\.js/i);
    }
    const catalog = readFileSync(join(root, 'packages/service-catalog/src/index.ts'), 'utf8');
    expect(catalog).toContain("import { peerNotesManifest } from '@lantern/peer-notes';");
    expect(catalog).toMatch(/SERVICE_MANIFESTS[^;]*peerNotesManifest\]/);
    expect(readFileSync(join(root, 'packages/contracts/src/index.ts'), 'utf8')).toContain(
      "export * from './peer-notes.js';",
    );
    expect(() => createService(root, 'peer-notes')).toThrow('exists already');
  });
});
