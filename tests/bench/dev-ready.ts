import { spawn } from 'node:child_process';
import { createServer } from 'node:net';
import { fileURLToPath } from 'node:url';
import { summarise } from './stats.js';

const REPO = fileURLToPath(new URL('../..', import.meta.url));

async function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const server = createServer();
    server.listen(0, () => {
      const address = server.address();
      server.close(() =>
        typeof address === 'object' && address ? resolve(address.port) : reject(new Error('no port')),
      );
    });
  });
}

/** Starts `pnpm dev` as a person would (web app included), until it says it is ready; then Ctrl-C and wait for a clean exit. */
async function oneStart(): Promise<number> {
  const port = await freePort();
  const started = performance.now();
  const child = spawn('pnpm', ['-s', 'dev'], {
    cwd: REPO,
    env: { ...process.env, LANTERN_API_PORT: String(port) },
    stdio: ['ignore', 'pipe', 'pipe'],
    detached: true,
  });
  let output = '';
  const readyMs = await new Promise<number>((resolve, reject) => {
    const timer = setTimeout(
      () => reject(new Error(`pnpm dev was not ready in 60 s:\n${output.slice(-2000)}`)),
      60_000,
    );
    const onData = (chunk: Buffer) => {
      output += chunk.toString();
      if (/\bready\b/i.test(output)) {
        clearTimeout(timer);
        resolve(performance.now() - started);
      }
    };
    child.stdout.on('data', onData);
    child.stderr.on('data', onData);
    child.on('exit', (code) => reject(new Error(`pnpm dev exited with ${code}:\n${output.slice(-2000)}`)));
  });
  child.removeAllListeners('exit');
  const exited = new Promise((resolve) => child.on('exit', resolve));
  process.kill(-child.pid!, 'SIGINT');
  await exited;
  return readyMs;
}

/** `pnpm dev` from start to ready, warm (data folder present): one start to warm, then `runs`. */
export async function measureDevReady(runs: number) {
  await oneStart();
  const samples: number[] = [];
  for (let i = 0; i < runs; i += 1) samples.push(await oneStart());
  return summarise(samples);
}
