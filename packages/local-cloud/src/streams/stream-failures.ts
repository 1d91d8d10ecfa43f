import { randomUUID } from 'node:crypto';
import type { DynamoDBRecord } from 'aws-lambda';
import { JsonLines } from '../durable/json-lines.js';
import type { InvokeResult } from '../functions/worker-pool.js';

export interface StreamDiscard {
  id: string;
  functionName: string;
  streamArn: string;
  records: DynamoDBRecord[];
  error: { type: string; message: string };
  discardedAt: string;
}

type Entry = { t: 'discard'; discard: StreamDiscard } | { t: 'redriven'; id: string };

/**
 * Stream records an event source mapping gave up on (Lambda's on-failure destination), kept in
 * the data folder so they can be redriven after a restart.
 */
export class StreamFailures {
  readonly #lines: JsonLines<Entry>;
  readonly #items: StreamDiscard[] = [];

  constructor(file?: string) {
    this.#lines = new JsonLines(file);
    for (const entry of this.#lines.read()) {
      if (entry.t === 'discard') this.#items.push(entry.discard);
      else this.#remove(entry.id);
    }
    this.#lines.rewrite(this.#items.map((discard) => ({ t: 'discard', discard })));
  }

  get items(): readonly StreamDiscard[] {
    return this.#items;
  }

  add(discard: Omit<StreamDiscard, 'id'>): void {
    const item = { id: randomUUID(), ...discard };
    this.#lines.append([{ t: 'discard', discard: item }]);
    this.#items.push(item);
  }

  /**
   * Hands each given-up batch to its function once more, as the event source mapping would have.
   * Each leaves the list before it is invoked; one that fails again comes back as a new failure.
   */
  async redrive(invoke: (functionName: string, event: unknown) => Promise<InvokeResult>): Promise<number> {
    const taken = this.#items.splice(0);
    this.#lines.append(taken.map((item) => ({ t: 'redriven', id: item.id })));
    await Promise.all(
      taken.map(async (item) => {
        const result = await invoke(item.functionName, { Records: item.records });
        const failures = result.ok
          ? (result.value as { batchItemFailures?: unknown[] } | null)?.batchItemFailures
          : null;
        if (result.ok && !failures?.length) return;
        const error = result.ok
          ? { type: 'BatchItemFailures', message: 'The function reported batch item failures' }
          : { type: result.error.errorType, message: result.error.errorMessage };
        this.add({ ...item, error, discardedAt: new Date().toISOString() });
      }),
    );
    return taken.length;
  }

  #remove(id: string): void {
    const index = this.#items.findIndex((item) => item.id === id);
    if (index >= 0) this.#items.splice(index, 1);
  }
}
