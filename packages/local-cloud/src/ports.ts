import { mkdirSync, readFileSync, renameSync, writeFileSync } from 'node:fs';
import { dirname } from 'node:path';
import { freePort } from './http/server.js';

/**
 * The emulated AWS ports, kept in the data folder so they stay the same across restarts (an AWS
 * CLI profile or a shell's `AWS_ENDPOINT_URL_*` keeps working). A saved port that another process
 * took meanwhile is replaced by a free one. In memory when no file is given.
 */
export class PortBook {
  readonly #ports: Record<string, number> = {};

  constructor(private readonly file?: string) {
    if (!file) return;
    try {
      Object.assign(this.#ports, JSON.parse(readFileSync(file, 'utf8')) as Record<string, number>);
    } catch {
      // First start on this data folder.
    }
  }

  /** The saved port for `name`, or 0 (any free port) when there is none. */
  preferred(name: string): number {
    const port = this.#ports[name];
    return Number.isInteger(port) && (port as number) > 0 ? (port as number) : 0;
  }

  /** A port a child process can listen on: the saved one while it is free, else a new one. */
  async reserve(name: string): Promise<number> {
    const preferred = this.preferred(name);
    const port = preferred ? await freePort(preferred).catch(() => freePort()) : await freePort();
    this.record(name, port);
    return port;
  }

  record(name: string, port: number): void {
    if (this.#ports[name] === port) return;
    this.#ports[name] = port;
    if (!this.file) return;
    mkdirSync(dirname(this.file), { recursive: true });
    const temporary = `${this.file}.${process.pid}.tmp`;
    writeFileSync(temporary, JSON.stringify(this.#ports, null, 2));
    renameSync(temporary, this.file);
  }
}
