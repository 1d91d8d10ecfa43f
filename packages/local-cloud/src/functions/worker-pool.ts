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
  state: 'loading' | 'idle' | 'busy';
  pending?: { id: number; settle: (result: InvokeResult) => void; timer: NodeJS.Timeout };
}

/** A request waiting for a sandbox: it gets one, or the load error of the sandbox started for it. */
type Waiter = (grant: { slot: Slot } | { error: Error }) => void;

/**
 * A function's execution environments: worker threads with their own `process.env`, each running
 * one invocation at a time (as a Lambda sandbox does), up to `concurrency` of them. While requests
 * queue, one more sandbox is started at a time, and a queued request takes whichever sandbox frees
 * up first (a warm one finishing, or the new one once loaded): a burst scales the pool without every
 * request paying, or every core thrashing on, a cold start. A timeout or a crash throws the sandbox
 * away, as Lambda does; the next invocation gets a fresh one.
 */
export class FunctionPool {
  readonly #slots: Slot[] = [];
  readonly #queue: Waiter[] = [];
  #nextId = 1;
  #stopped = false;
  /** Module load time of the first sandbox, in milliseconds. */
  loadMs: number | null = null;

  constructor(
    readonly definition: FunctionDefinition,
    private readonly log: (line: string) => void,
    private readonly concurrency = DEFAULT_CONCURRENCY,
  ) {}

  /** Sandboxes running now (loading, idle or busy). */
  get size(): number {
    return this.#slots.length;
  }

  /** Starts one sandbox now so the first request does not pay the cold start. */
  async warm(): Promise<void> {
    await (this.#slots[0] ?? this.#spawn()).ready;
  }

  async invoke(event: unknown): Promise<InvokeResult> {
    if (this.#stopped)
      return { ok: false, error: { errorType: 'Stopped', errorMessage: 'The local cloud is stopping' } };
    const grant = await this.#acquire();
    if ('error' in grant) {
      return { ok: false, error: { errorType: 'Runtime.ImportModuleError', errorMessage: grant.error.message } };
    }
    return this.#run(grant.slot, event);
  }

  async stop(): Promise<void> {
    this.#stopped = true;
    const stopped = new Error('The local cloud is stopping');
    for (const waiter of this.#queue.splice(0)) waiter({ error: stopped });
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
        if (this.#slots.includes(slot)) this.#release(slot);
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

  #acquire(): Promise<{ slot: Slot } | { error: Error }> {
    const idle = this.#slots.find((slot) => slot.state === 'idle');
    if (idle) {
      idle.state = 'busy';
      return Promise.resolve({ slot: idle });
    }
    const granted = new Promise<{ slot: Slot } | { error: Error }>((resolve) => this.#queue.push(resolve));
    this.#scaleUp();
    return granted;
  }

  /** One more sandbox while requests wait, none loading yet, and the limit allows. */
  #scaleUp(): void {
    if (this.#stopped || this.#queue.length === 0 || this.#slots.length >= this.concurrency) return;
    if (this.#slots.some((slot) => slot.state === 'loading')) return;
    this.#spawn();
  }

  /** Hands a free sandbox to the longest-waiting request, or leaves it idle. */
  #release(slot: Slot): void {
    const waiter = this.#queue.shift();
    if (waiter) {
      slot.state = 'busy';
      waiter({ slot });
      this.#scaleUp();
    } else slot.state = 'idle';
  }

  #discard(slot: Slot): void {
    this.#forget(slot);
    void slot.worker.terminate();
    this.#scaleUp();
  }

  #forget(slot: Slot): void {
    const index = this.#slots.indexOf(slot);
    if (index >= 0) this.#slots.splice(index, 1);
  }

  #spawn(): Slot {
    const { definition } = this;
    const worker = new Worker(definition.hostPath, {
      workerData: { bundlePath: definition.bundlePath } satisfies WorkerData,
      // Exactly the function's environment: nothing leaks from this process.
      env: definition.environment,
      // Nor its Node options: a sandbox runs a plain JS bundle, as Lambda's runtime does. Inherited,
      // `--import tsx` (the CLI's) hooks every import and tripled module load (~130 → ~360 ms).
      execArgv: [],
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
    // Loaded: it serves the longest-waiting request. Failed: that request hears why.
    ready.then(
      () => {
        if (this.#slots.includes(slot) && slot.state === 'loading') this.#release(slot);
      },
      (error: Error) => {
        if (slot.state !== 'loading') return;
        this.#forget(slot);
        this.#queue.shift()?.({ error });
      },
    );
    const slot: Slot = { worker, ready, state: 'loading' };
    worker.on('message', (message: WorkerMessage) => {
      if (message.type === 'ready') {
        this.loadMs ??= message.loadMs;
        markReady(message.loadMs);
      } else if (message.type === 'load-error')
        markFailed(new Error(`${message.error.errorType}: ${message.error.errorMessage}`));
      else if (slot.pending?.id === message.id) {
        slot.pending.settle(message.ok ? { ok: true, value: message.value } : { ok: false, error: message.error });
      }
    });
    const crashed = (reason: string) => {
      markFailed(new Error(reason));
      const pending = slot.pending;
      this.#forget(slot);
      this.#scaleUp();
      pending?.settle({ ok: false, error: { errorType: 'Runtime.ExitError', errorMessage: reason } });
    };
    worker.on('error', (error) => crashed(`${error.name}: ${error.message}`));
    worker.on('exit', (code) => crashed(`Runtime exited with code ${code}`));
    this.#slots.push(slot);
    return slot;
  }

  #pipeOutput(stream: Readable): void {
    createInterface({ input: stream }).on('line', (line) => this.log(`[${this.definition.name}] ${line}`));
  }
}
