import { type ChildProcess, spawn } from 'node:child_process';
import { join } from 'node:path';
import { createInterface } from 'node:readline';
import { fileURLToPath } from 'node:url';
import { freePort, LocalCloudError, PortBook, REPO_ROOT } from '@lantern/local-cloud/early';

const CLI = fileURLToPath(new URL('./cli.ts', import.meta.url));

export interface CloudProcess {
  /** The API's base URL, e.g. `http://localhost:41234`. */
  api: string;
  pid: number;
  /** Every line it printed so far. */
  output: string[];
  /**
   * Sends a signal (SIGKILL for a crash, SIGINT for Ctrl-C) and resolves once it has exited and
   * its DynamoDB Local is gone too (after a SIGKILL the watchdog takes it down within a second).
   */
  kill(signal: NodeJS.Signals): Promise<number | null>;
}

/**
 * Runs `pnpm dev`'s local cloud (without the web app) in a child process on a data folder, for
 * tests and benchmarks that must kill it mid-flight and start it again on the same data.
 */
export async function spawnLocalCloud(options: {
  dataDir: string;
  env?: Record<string, string>;
  readyTimeoutMs?: number;
}): Promise<CloudProcess> {
  const child: ChildProcess = spawn(process.execPath, ['--import', 'tsx', CLI, '--data-dir', options.dataDir], {
    env: { ...process.env, LANTERN_WEB: 'off', LANTERN_API_PORT: '0', NO_COLOR: '1', ...options.env },
    cwd: REPO_ROOT,
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  const output: string[] = [];
  const exited = new Promise<number | null>((resolve) => child.once('exit', (code) => resolve(code)));
  const api = await new Promise<string>((resolve, reject) => {
    const timer = setTimeout(
      () => reject(new LocalCloudError(`The local cloud was not ready in time:\n${output.slice(-20).join('\n')}`)),
      options.readyTimeoutMs ?? 120_000,
    );
    const onLine = (line: string) => {
      output.push(line);
      const match = /^\s*API\s+(http:\/\/\S+)/.exec(line);
      if (match?.[1]) {
        clearTimeout(timer);
        resolve(match[1]);
      }
    };
    if (child.stdout) createInterface({ input: child.stdout }).on('line', onLine);
    if (child.stderr) createInterface({ input: child.stderr }).on('line', (line) => output.push(line));
    void exited.then((code) => {
      clearTimeout(timer);
      reject(
        new LocalCloudError(`The local cloud exited (${code}) before it was ready:\n${output.slice(-20).join('\n')}`),
      );
    });
  });
  return {
    api,
    pid: child.pid as number,
    output,
    kill: async (signal) => {
      child.kill(signal);
      const code = await exited;
      await portReleased(new PortBook(join(options.dataDir, 'ports.json')).preferred('dynamodb'));
      return code;
    },
  };
}

async function portReleased(port: number, timeoutMs = 15_000): Promise<void> {
  const deadline = Date.now() + timeoutMs;
  while (port && Date.now() < deadline) {
    if ((await freePort(port).catch(() => null)) === port) return;
    await new Promise((resolve) => setTimeout(resolve, 100));
  }
}
