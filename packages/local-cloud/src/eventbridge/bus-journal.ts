import { JsonLines } from '../durable/json-lines.js';
import type { BusEvent } from './envelope.js';

export interface DeadLetter {
  event: BusEvent;
  target: { rule: string; function: string };
  error: { type: string; message: string };
  attempts: number;
  failedAt: string;
}

/** One delivery still owed: an event to one rule's target, and the attempt it is on. */
export interface PendingDelivery {
  event: BusEvent;
  rule: string;
  attempt: number;
}

/** What the journal records, in order: an accepted event and what then happened to each delivery. */
export type JournalEntry =
  | { t: 'event'; event: BusEvent; routed: boolean; rules: string[] }
  | { t: 'retry'; id: string; rule: string; attempt: number }
  | { t: 'done'; id: string; rule: string }
  | { t: 'dead'; letter: DeadLetter }
  | { t: 'redriven'; id: string; rule: string };

export interface BusState {
  archive: BusEvent[];
  deadLetters: DeadLetter[];
  pending: Map<string, PendingDelivery>;
}

export const deliveryKey = (id: string, rule: string): string => `${id}|${rule}`;

/** Replays the journal into the bus's state: the archive, the dead letters, the deliveries owed. */
export function replay(entries: readonly JournalEntry[], maxArchive: number): BusState {
  const state: BusState = { archive: [], deadLetters: [], pending: new Map() };
  for (const entry of entries) {
    switch (entry.t) {
      case 'event':
        state.archive.push(entry.event);
        for (const rule of entry.rules) {
          state.pending.set(deliveryKey(entry.event.id, rule), { event: entry.event, rule, attempt: 1 });
        }
        break;
      case 'retry': {
        const pending = state.pending.get(deliveryKey(entry.id, entry.rule));
        if (pending) pending.attempt = entry.attempt;
        break;
      }
      case 'done':
        state.pending.delete(deliveryKey(entry.id, entry.rule));
        break;
      case 'dead':
        state.pending.delete(deliveryKey(entry.letter.event.id, entry.letter.target.rule));
        state.deadLetters.push(entry.letter);
        break;
      case 'redriven': {
        const index = state.deadLetters.findIndex((l) => l.event.id === entry.id && l.target.rule === entry.rule);
        if (index < 0) break;
        const [letter] = state.deadLetters.splice(index, 1);
        if (letter)
          state.pending.set(deliveryKey(entry.id, entry.rule), { event: letter.event, rule: entry.rule, attempt: 1 });
        break;
      }
    }
  }
  state.archive.splice(0, Math.max(0, state.archive.length - maxArchive));
  return state;
}

/** The shortest journal that replays to `state`. */
export function compacted(state: BusState): JournalEntry[] {
  const entries: JournalEntry[] = [];
  const owed = new Map<string, PendingDelivery[]>();
  for (const pending of state.pending.values()) {
    owed.set(pending.event.id, [...(owed.get(pending.event.id) ?? []), pending]);
  }
  const archived = new Set(state.archive.map((event) => event.id));
  const events = [...state.archive];
  for (const [id, deliveries] of owed) if (!archived.has(id)) events.unshift((deliveries[0] as PendingDelivery).event);
  for (const event of events) {
    const deliveries = owed.get(event.id) ?? [];
    entries.push({ t: 'event', event, routed: true, rules: deliveries.map((d) => d.rule) });
    for (const d of deliveries)
      if (d.attempt > 1) entries.push({ t: 'retry', id: event.id, rule: d.rule, attempt: d.attempt });
  }
  for (const letter of state.deadLetters) entries.push({ t: 'dead', letter });
  return entries;
}

/** The bus's journal file: replayed and compacted at start, compacted again when it grows. */
export class BusJournal {
  readonly #lines: JsonLines<JournalEntry>;
  #appendedSinceCompaction = 0;

  constructor(
    file: string | undefined,
    private readonly compactAfter = 50_000,
  ) {
    this.#lines = new JsonLines(file);
  }

  load(maxArchive: number): BusState {
    const state = replay(this.#lines.read(), maxArchive);
    this.#lines.rewrite(compacted(state));
    return state;
  }

  /** Written through before it returns: an acknowledged event is on disk. */
  record(entries: readonly JournalEntry[], state: () => BusState): void {
    this.#lines.append(entries);
    this.#appendedSinceCompaction += entries.length;
    if (this.#appendedSinceCompaction < this.compactAfter) return;
    this.#lines.rewrite(compacted(state()));
    this.#appendedSinceCompaction = 0;
  }
}
