import { spawn } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { REPO_ROOT } from '@lantern/local-cloud/early';
import { afterAll, describe, expect, it } from 'vitest';

const dataDir = mkdtempSync(join(tmpdir(), 'lantern-ctrl-c-'));
afterAll(() => rmSync(dataDir, { recursive: true, force: true }));

function groupAlive(group: number): boolean {
  try {
    process.kill(group, 0);
    return true;
  } catch {
    return false;
  }
}

describe('pnpm dev and Ctrl-C', () => {
  it('stops quietly when the terminal sends SIGINT to the whole process group: no ELIFECYCLE, nothing left running', async () => {
    // Prepare: `pnpm dev` in a process group of its own, as a terminal starts it.
    const child = spawn('pnpm', ['dev'], {
      cwd: REPO_ROOT,
      detached: true,
      env: { ...process.env, LANTERN_DATA_DIR: dataDir, LANTERN_WEB: 'off', LANTERN_API_PORT: '0', NO_COLOR: '1' },
      stdio: ['ignore', 'pipe', 'pipe'],
    });
    let output = '';
    const exited = new Promise<number | null>((resolve) => child.once('exit', (code) => resolve(code)));
    await new Promise<void>((resolve, reject) => {
      const onData = (chunk: Buffer) => {
        output += chunk.toString();
        if (output.includes('Press Ctrl-C to stop.')) resolve();
      };
      child.stdout?.on('data', onData);
      child.stderr?.on('data', onData);
      void exited.then(() => reject(new Error(`pnpm dev exited before it was ready:\n${output}`)));
    });

    // Act: Ctrl-C reaches every process of the group (pnpm, and whatever it started).
    const group = -(child.pid as number);
    process.kill(group, 'SIGINT');
    await exited;
    const deadline = Date.now() + 60_000;
    while (groupAlive(group) && Date.now() < deadline) await new Promise((resolve) => setTimeout(resolve, 200));

    // Assess
    expect(groupAlive(group)).toBe(false);
    expect(output).toContain('Stopping the local cloud');
    expect(output).not.toContain('ELIFECYCLE');
  }, 180_000);
});
