import { createRuleSet, type RuleSet } from '@lantern/event-patterns';
import type { InvokeResult } from '../functions/worker-pool.js';
import {
  BusJournal,
  type BusState,
  type DeadLetter,
  deliveryKey,
  type JournalEntry,
  type PendingDelivery,
} from './bus-journal.js';
import { type BusEvent, type EntryResult, type PutEventsEntry, toBusEvent } from './envelope.js';
import type { BusRule } from './rules.js';

export type { DeadLetter } from './bus-journal.js';

export interface RetryPolicy {
  /** Deliveries tried before the event goes to the dead-letter list. */
  maxAttempts: number;
  /** Delay before the second attempt; doubles each time, up to `maxDelayMs`. */
  baseDelayMs: number;
  maxDelayMs: number;
}

/**
 * Long enough for a consumer's idempotency lock (its timeout, 3 s by default) to lapse after a
 * crash mid-invocation, so a redelivery after a restart is not dead-lettered as "in progress".
 */
export const DEFAULT_RETRY: RetryPolicy = { maxAttempts: 8, baseDelayMs: 200, maxDelayMs: 5_000 };

const MAX_ARCHIVE = 10_000;

/**
 * The custom event bus. Every accepted event is journalled (with the deliveries it owes) before
 * PutEvents answers, then delivered asynchronously to the target of each matching rule, retried
 * with exponential backoff, and dead-lettered with the last error once the attempts run out.
 * After a restart on the same journal, what was owed is delivered; the archive and the dead
 * letters come back too.
 */
export class EventBus {
  readonly archive: BusEvent[];
  readonly deadLetters: DeadLetter[];
  readonly #pending: Map<string, PendingDelivery>;
  readonly #journal: BusJournal;
  readonly #rulesByName: Map<string, BusRule>;
  readonly #timers = new Map<NodeJS.Timeout, () => void>();
  readonly #inFlight = new Set<Promise<void>>();
  /** Rules filed by source and detail-type, so an event is tested only against rules that could match. */
  readonly #ruleSet: RuleSet<BusRule> = createRuleSet();
  #started = false;
  #stopped = false;

  constructor(
    readonly name: string,
    readonly rules: readonly BusRule[],
    private readonly invoke: (functionName: string, event: unknown) => Promise<InvokeResult>,
    private readonly retry: RetryPolicy,
    private readonly log: (line: string) => void,
    journalFile?: string,
  ) {
    // Patterns come from manifests; an invalid one fails the start, as PutRule would refuse it.
    for (const rule of rules) this.#ruleSet.add(rule, rule.pattern);
    this.#rulesByName = new Map(rules.map((rule) => [rule.name, rule]));
    this.#journal = new BusJournal(journalFile);
    const state = this.#journal.load(MAX_ARCHIVE);
    this.archive = state.archive;
    this.deadLetters = state.deadLetters;
    this.#pending = state.pending;
  }

  /** Deliveries owed and not yet done (journalled, so they outlive a restart). */
  get pendingDeliveries(): number {
    return this.#pending.size;
  }

  /** Whether an entry's `EventBusName` (name, ARN, or empty for `default`) is this bus. */
  accepts(busName: string | undefined): boolean {
    if (!busName) return false;
    return busName === this.name || busName.endsWith(`:event-bus/${this.name}`);
  }

  put(entries: readonly PutEventsEntry[]): EntryResult[] {
    const accepted: { event: BusEvent; routed: boolean }[] = [];
    const results = entries.map((entry): EntryResult => {
      const bus = entry.EventBusName;
      if (bus && bus !== 'default' && !this.accepts(bus)) {
        return { ErrorCode: 'NotFoundException', ErrorMessage: `Event bus ${bus} does not exist.` };
      }
      const event = toBusEvent(entry);
      if (!('id' in event)) return event;
      accepted.push({ event, routed: this.accepts(entry.EventBusName) });
      return { EventId: event.id };
    });
    this.#accept(accepted);
    return results;
  }

  /** Archives the event and, on this bus, starts its deliveries. The default bus has no rules here. */
  publish(event: BusEvent, routed = true): void {
    this.#accept([{ event, routed }]);
  }

  /** Starts delivering (what the journal owes first); called once the target functions are loaded. */
  start(): void {
    if (this.#started) return;
    this.#started = true;
    const owed = [...this.#pending.values()];
    if (owed.length > 0) this.log(`event bus: resuming ${owed.length} delivery(ies) owed before the restart`);
    for (const pending of owed) this.#track(pending);
  }

  /**
   * Puts every dead letter back on its way to its target, once: each leaves the list as it is
   * redriven (and returns to it only if every new attempt fails too). Returns how many.
   */
  redriveDeadLetters(): number {
    const letters = this.deadLetters.splice(0);
    const redriven = letters.filter((letter) => this.#rulesByName.has(letter.target.rule));
    this.deadLetters.push(...letters.filter((letter) => !redriven.includes(letter)));
    const pending = redriven.map((letter) => ({ event: letter.event, rule: letter.target.rule, attempt: 1 }));
    this.#record(pending.map((p) => ({ t: 'redriven', id: p.event.id, rule: p.rule })));
    for (const p of pending) {
      this.#pending.set(deliveryKey(p.event.id, p.rule), p);
      if (this.#started) this.#track(p);
    }
    return pending.length;
  }

  /**
   * Stops delivering: no new attempt starts, and the ones running may finish (up to `graceMs`) so
   * their outcome is journalled. What is still owed is delivered after the next start.
   */
  async stop(graceMs = 0): Promise<void> {
    this.#stopped = true;
    for (const [timer, wake] of this.#timers) {
      clearTimeout(timer);
      wake();
    }
    this.#timers.clear();
    if (graceMs <= 0 || this.#inFlight.size === 0) return;
    let timer: NodeJS.Timeout | undefined;
    await Promise.race([
      Promise.allSettled([...this.#inFlight]),
      new Promise((resolve) => (timer = setTimeout(resolve, graceMs))),
    ]);
    clearTimeout(timer);
  }

  #accept(accepted: readonly { event: BusEvent; routed: boolean }[]): void {
    if (accepted.length === 0) return;
    const deliveries = accepted.map(({ event, routed }) => ({
      event,
      routed,
      rules: routed ? this.#ruleSet.match(event).map((rule) => rule.name) : [],
    }));
    // On disk before PutEvents answers: what the bus acknowledges survives a kill.
    this.#record(deliveries.map((d) => ({ t: 'event', ...d })));
    for (const { event, rules } of deliveries) {
      this.archive.push(event);
      for (const rule of rules) {
        const pending = { event, rule, attempt: 1 };
        this.#pending.set(deliveryKey(event.id, rule), pending);
        if (this.#started) this.#track(pending);
      }
    }
    if (this.archive.length > MAX_ARCHIVE) this.archive.splice(0, this.archive.length - MAX_ARCHIVE);
  }

  #record(entries: JournalEntry[]): void {
    this.#journal.record(
      entries,
      (): BusState => ({
        archive: this.archive,
        deadLetters: this.deadLetters,
        pending: this.#pending,
      }),
    );
  }

  #track(pending: PendingDelivery): void {
    const delivery = this.#deliver(pending).catch((error: Error) =>
      this.log(`delivery to ${pending.rule}: ${error.message}`),
    );
    this.#inFlight.add(delivery);
    void delivery.finally(() => this.#inFlight.delete(delivery));
  }

  async #deliver(pending: PendingDelivery): Promise<void> {
    const rule = this.#rulesByName.get(pending.rule);
    const key = deliveryKey(pending.event.id, pending.rule);
    while (!this.#stopped) {
      const result: InvokeResult = rule
        ? await this.invoke(rule.target, pending.event)
        : {
            ok: false,
            error: { errorType: 'ResourceNotFoundException', errorMessage: `Rule ${pending.rule} is gone` },
          };
      if (result.ok) {
        this.#pending.delete(key);
        this.#record([{ t: 'done', id: pending.event.id, rule: pending.rule }]);
        return;
      }
      const error = { type: result.error.errorType, message: result.error.errorMessage };
      // A sandbox torn down by a stop is not the target failing: the attempt is tried again after the restart.
      if (this.#stopped) return;
      if (pending.attempt >= this.retry.maxAttempts) {
        this.log(
          `${rule?.target ?? pending.rule} failed ${pending.attempt} times for event ${pending.event.id}: dead-lettered (${error.message})`,
        );
        const letter: DeadLetter = {
          event: pending.event,
          target: { rule: pending.rule, function: rule?.target ?? '' },
          error,
          attempts: pending.attempt,
          failedAt: new Date().toISOString(),
        };
        this.#pending.delete(key);
        this.deadLetters.push(letter);
        this.#record([{ t: 'dead', letter }]);
        return;
      }
      const delay = Math.min(this.retry.maxDelayMs, this.retry.baseDelayMs * 2 ** (pending.attempt - 1));
      pending.attempt += 1;
      this.#record([{ t: 'retry', id: pending.event.id, rule: pending.rule, attempt: pending.attempt }]);
      await this.#sleep(delay);
    }
  }

  #sleep(ms: number): Promise<void> {
    return new Promise<void>((resolve) => {
      const timer = setTimeout(() => {
        this.#timers.delete(timer);
        resolve();
      }, ms);
      this.#timers.set(timer, resolve);
    });
  }
}
