import { createRuleSet, type RuleSet } from '@lantern/event-patterns';
import type { InvokeResult } from '../functions/worker-pool.js';
import { type BusEvent, type EntryResult, type PutEventsEntry, toBusEvent } from './envelope.js';
import type { BusRule } from './rules.js';

export interface DeadLetter {
  event: BusEvent;
  target: { rule: string; function: string };
  error: { type: string; message: string };
  attempts: number;
  failedAt: string;
}

export interface RetryPolicy {
  /** Deliveries tried before the event goes to the dead-letter list. */
  maxAttempts: number;
  /** Delay before the second attempt; doubles each time. */
  baseDelayMs: number;
}

export const DEFAULT_RETRY: RetryPolicy = { maxAttempts: 4, baseDelayMs: 200 };

const MAX_ARCHIVE = 10_000;

/**
 * The custom event bus: every accepted event is archived, then delivered asynchronously to the
 * target of each matching rule, retried with exponential backoff, and dead-lettered with the
 * last error once the attempts run out.
 */
export class EventBus {
  readonly archive: BusEvent[] = [];
  readonly deadLetters: DeadLetter[] = [];
  readonly #timers = new Set<NodeJS.Timeout>();
  /** Rules filed by source and detail-type, so an event is tested only against rules that could match. */
  readonly #ruleSet: RuleSet<BusRule> = createRuleSet();
  #stopped = false;

  constructor(
    readonly name: string,
    readonly rules: readonly BusRule[],
    private readonly invoke: (functionName: string, event: unknown) => Promise<InvokeResult>,
    private readonly retry: RetryPolicy,
    private readonly log: (line: string) => void,
  ) {
    // Patterns come from manifests; an invalid one fails the start, as PutRule would refuse it.
    for (const rule of rules) this.#ruleSet.add(rule, rule.pattern);
  }

  /** Whether an entry's `EventBusName` (name, ARN, or empty for `default`) is this bus. */
  accepts(busName: string | undefined): boolean {
    if (!busName) return false;
    return busName === this.name || busName.endsWith(`:event-bus/${this.name}`);
  }

  put(entries: readonly PutEventsEntry[]): EntryResult[] {
    return entries.map((entry) => {
      const bus = entry.EventBusName;
      if (bus && bus !== 'default' && !this.accepts(bus)) {
        return { ErrorCode: 'NotFoundException', ErrorMessage: `Event bus ${bus} does not exist.` };
      }
      const event = toBusEvent(entry);
      if (!('id' in event)) return event;
      this.publish(event, this.accepts(entry.EventBusName));
      return { EventId: event.id };
    });
  }

  /** Archives the event and, on this bus, starts its deliveries. The default bus has no rules here. */
  publish(event: BusEvent, routed = true): void {
    this.archive.push(event);
    if (this.archive.length > MAX_ARCHIVE) this.archive.shift();
    if (!routed) return;
    for (const rule of this.#ruleSet.match(event)) {
      this.#deliver(rule, event, 1).catch((error: Error) => this.log(`delivery to ${rule.target}: ${error.message}`));
    }
  }

  stop(): void {
    this.#stopped = true;
    for (const timer of this.#timers) clearTimeout(timer);
    this.#timers.clear();
  }

  async #deliver(rule: BusRule, event: BusEvent, attempt: number): Promise<void> {
    if (this.#stopped) return;
    const result = await this.invoke(rule.target, event);
    if (result.ok) return;
    const error = { type: result.error.errorType, message: result.error.errorMessage };
    if (attempt >= this.retry.maxAttempts) {
      this.log(`${rule.target} failed ${attempt} times for event ${event.id}: dead-lettered (${error.message})`);
      this.deadLetters.push({
        event,
        target: { rule: rule.name, function: rule.target },
        error,
        attempts: attempt,
        failedAt: new Date().toISOString(),
      });
      return;
    }
    const delay = this.retry.baseDelayMs * 2 ** (attempt - 1);
    await new Promise<void>((resolve) => {
      const timer = setTimeout(() => {
        this.#timers.delete(timer);
        resolve();
      }, delay);
      this.#timers.add(timer);
    });
    await this.#deliver(rule, event, attempt + 1);
  }
}
