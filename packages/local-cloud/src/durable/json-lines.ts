import { appendFileSync, mkdirSync, readFileSync, renameSync, writeFileSync } from 'node:fs';
import { dirname } from 'node:path';

/**
 * An append-only file of JSON lines: what the local cloud must not lose. `append` writes through
 * to the operating system before it returns, so a line survives the process being killed
 * (kill -9, Ctrl-C) the moment after. Without a file it keeps nothing (in-memory clouds).
 */
export class JsonLines<T> {
  constructor(readonly file?: string) {
    if (file) mkdirSync(dirname(file), { recursive: true });
  }

  /** Every complete line; a line cut short by a kill mid-write is skipped. */
  read(): T[] {
    if (!this.file) return [];
    let text: string;
    try {
      text = readFileSync(this.file, 'utf8');
    } catch {
      return [];
    }
    // A kill mid-write leaves a line without its newline; end it, so the next append starts clean.
    if (text && !text.endsWith('\n')) appendFileSync(this.file, '\n');
    const entries: T[] = [];
    for (const line of text.split('\n')) {
      if (!line) continue;
      try {
        entries.push(JSON.parse(line) as T);
      } catch {
        // A torn last line: its write never completed, so nothing was acknowledged for it.
      }
    }
    return entries;
  }

  append(entries: readonly T[]): void {
    if (!this.file || entries.length === 0) return;
    appendFileSync(this.file, entries.map((entry) => `${JSON.stringify(entry)}\n`).join(''));
  }

  /** Replaces the whole file at once (compaction): readers see the old file or the new one. */
  rewrite(entries: readonly T[]): void {
    if (!this.file) return;
    const temporary = `${this.file}.${process.pid}.tmp`;
    writeFileSync(temporary, entries.map((entry) => `${JSON.stringify(entry)}\n`).join(''));
    renameSync(temporary, this.file);
  }
}
