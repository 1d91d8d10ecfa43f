import { mkdirSync, readFileSync, renameSync, writeFileSync } from 'node:fs';
import { dirname } from 'node:path';

/**
 * Last processed sequence number per (function, shard): a warm start resumes where the event
 * source mapping stopped, as Lambda does, instead of replaying the stream. In memory when no
 * file is given.
 */
export class CheckpointStore {
  readonly #positions: Record<string, string>;

  constructor(private readonly file?: string) {
    this.#positions = {};
    if (!file) return;
    try {
      Object.assign(this.#positions, JSON.parse(readFileSync(file, 'utf8')) as Record<string, string>);
    } catch {
      // First start: nothing checkpointed yet.
    }
  }

  get(functionName: string, shardId: string): string | undefined {
    return this.#positions[`${functionName}|${shardId}`];
  }

  set(functionName: string, shardId: string, sequenceNumber: string): void {
    this.#positions[`${functionName}|${shardId}`] = sequenceNumber;
    if (!this.file) return;
    mkdirSync(dirname(this.file), { recursive: true });
    const temporary = `${this.file}.${process.pid}.tmp`;
    writeFileSync(temporary, JSON.stringify(this.#positions));
    renameSync(temporary, this.file);
  }
}
