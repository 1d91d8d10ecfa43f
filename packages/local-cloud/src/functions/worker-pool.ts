import { randomUUID } from 'node:crypto';
import { createInterface } from 'node:readline';
import type { Readable } from 'node:stream';
import { Worker } from 'node:worker_threads';
import type { FunctionErrorPayload, WorkerData, WorkerMessage } from './protocol.js';

export interface FunctionDefinition {
  /** Physical name, `lantern-<service>-<function>`. */
  name: string;
  arn: string;
  bundlePath: string;
  hostPath: string;
  environment: Record<string, string>;
  timeoutSeconds: number;
  memoryMb: number;
}

export type InvokeResult = { ok: true; value: unknown } | { ok: false; error: FunctionErrorPayload };

/**
 * Sandboxes per function unless `LANTERN_FUNCTION_CONCURRENCY` says otherwise: enough for a burst
 * to be served in parallel, few enough that a laptop's memory holds them (~40 MB each).
 */
export const DEFAULT_CONCURRENCY = 10;

interface Slot {
  worker: Worker;
  ready: Promise<number>;
  busy: boolean;
  pending?: { id: number; settle: (result: InvokeResult) => void; timer: NodeJS.Timeout };
}

/**
 * A function's execution environments: worker threads with their own `process.env`, each running
 * one invocation at a time (as a Lambda sandbox does), up to `concurrency` of them. A timeout or a
 * crash throws the sandbox away, as Lambda does; the next invocation gets a fresh one.
 */
export class FunctionPool {
  readonly #slots: Slot[] = [];
  readonly #queue: (() => void)[] = [];
  #nextId = 1;
  #stopped = false;
  /** Module load time of the first sandbox, in milliseconds. */
  loadMs: number | null = null;

  constructor(
    readonly definition: FunctionDefinition,
    private readonly log: (line: string) => void,
    private readonly concurrency = DEFAULT_CONCURRENCY,
  ) {}

  /** Starts one sandbox now so the first request does not pay the cold start. */
  async warm(): Promise<void> {
    const slot = this.#slots[0] ?? this.#spawn();
    this.loadMs ??= await slot.ready;
  }

  async invoke(event: unknown): Promise<InvokeResult> {
    if (this.#stopped)
      return { ok: false, error: { errorType: 'Stopped', errorMessage: 'The local cloud is stopping' } };
    const slot = await this.#acquire();
    try {
      await slot.ready;
    } catch (error) {
      this.#discard(slot);
      return { ok: false, error: { errorType: 'Runtime.ImportModuleError', errorMessage: (error as Error).message } };
    }
    return this.#run(slot, event);
  }

  async stop(): Promise<void> {
    this.#stopped = true;
    await Promise.all(this.#slots.splice(0).map((slot) => slot.worker.terminate()));
  }

  #run(slot: Slot, event: unknown): Promise<InvokeResult> {
    const { definition } = this;
    const id = this.#nextId++;
    const timeoutMs = definition.timeoutSeconds * 1000;
    return new Promise<InvokeResult>((resolve) => {
      const settle = (result: InvokeResult) => {
        clearTimeout(slot.pending?.timer);
        slot.pending = undefined;
        resolve(result);
        this.#release(slot);
      };
      const timer = setTimeout(() => {
        this.#discard(slot);
        settle({
          ok: false,
          error: {
            errorType: 'Sandbox.Timedout',
            errorMessage: `Task timed out after ${definition.timeoutSeconds.toFixed(2)} seconds`,
          },
        });
      }, timeoutMs);
      slot.pending = { id, settle, timer };
      slot.worker.postMessage({
        type: 'invoke',
        id,
        event,
        context: {
          awsRequestId: randomUUID(),
          functionName: definition.name,
          memoryLimitInMB: String(definition.memoryMb),
          invokedFunctionArn: definition.arn,
          deadlineMs: Date.now() + timeoutMs,
        },
      });
    });
  }

  async #acquire(): Promise<Slot> {
    for (;;) {
      const idle = this.#slots.find((slot) => !slot.busy);
      if (idle) {
        idle.busy = true;
        return idle;
      }
      if (this.#slots.length < this.concurrency) {
        const slot = this.#spawn();
        slot.busy = true;
        return slot;
      }
      await new Promise<void>((resolve) => this.#queue.push(resolve));
    }
  }

  #release(slot: Slot): void {
    slot.busy = false;
    this.#queue.shift()?.();
  }

  #discard(slot: Slot): void {
    const index = this.#slots.indexOf(slot);
    if (index >= 0) this.#slots.splice(index, 1);
    void slot.worker.terminate();
    this.#queue.shift()?.();
  }

  #spawn(): Slot {
    const { definition } = this;
    const worker = new Worker(definition.hostPath, {
      workerData: { bundlePath: definition.bundlePath } satisfies WorkerData,
      // Exactly the function's environment: nothing leaks from this process.
      env: definition.environment,
      stdout: true,
      stderr: true,
      name: definition.name,
    });
    this.#pipeOutput(worker.stdout);
    this.#pipeOutput(worker.stderr);
    let markReady: (loadMs: number) => void = () => undefined;
    let markFailed: (error: Error) => void = () => undefined;
    const ready = new Promise<number>((resolve, reject) => {
      markReady = resolve;
      markFailed = reject;
    });
    ready.catch(() => undefined);
    const slot: Slot = { worker, ready, busy: false };
    worker.on('message', (message: WorkerMessage) => {
      if (message.type === 'ready') markReady(message.loadMs);
      else if (message.type === 'load-error')
        markFailed(new Error(`${message.error.errorType}: ${message.error.errorMessage}`));
      else if (slot.pending?.id === message.id) {
        slot.pending.settle(message.ok ? { ok: true, value: message.value } : { ok: false, error: message.error });
      }
    });
    const crashed = (reason: string) => {
      markFailed(new Error(reason));
      const pending = slot.pending;
      this.#discardQuietly(slot);
      pending?.settle({ ok: false, error: { errorType: 'Runtime.ExitError', errorMessage: reason } });
    };
    worker.on('error', (error) => crashed(`${error.name}: ${error.message}`));
    worker.on('exit', (code) => crashed(`Runtime exited with code ${code}`));
    this.#slots.push(slot);
    return slot;
  }

  #discardQuietly(slot: Slot): void {
    const index = this.#slots.indexOf(slot);
    if (index >= 0) this.#slots.splice(index, 1);
  }

  #pipeOutput(stream: Readable): void {
    createInterface({ input: stream }).on('line', (line) => this.log(`[${this.definition.name}] ${line}`));
  }
}
