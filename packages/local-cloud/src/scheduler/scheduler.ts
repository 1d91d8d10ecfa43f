import { mkdirSync, readFileSync, renameSync, writeFileSync } from 'node:fs';
import { dirname } from 'node:path';
import type { EventBus } from '../eventbridge/bus.js';
import type { InvokeResult } from '../functions/worker-pool.js';
import { parseAtExpression } from './at-expression.js';

export interface ScheduleTarget {
  Arn: string;
  RoleArn?: string;
  Input?: string;
  EventBridgeParameters?: { DetailType?: string; Source?: string };
}

export interface Schedule {
  Name: string;
  GroupName: string;
  Arn: string;
  ScheduleExpression: string;
  ScheduleExpressionTimezone?: string;
  Target: ScheduleTarget;
  FlexibleTimeWindow: { Mode: string; MaximumWindowInMinutes?: number };
  ActionAfterCompletion?: 'NONE' | 'DELETE';
  State?: 'ENABLED' | 'DISABLED';
  Description?: string;
  /** Epoch seconds, as the REST JSON protocol sends timestamps. */
  CreationDate: number;
  LastModificationDate: number;
  /** Local bookkeeping: when the one-time schedule fired (it never fires twice). */
  firedAt?: string;
}

/** Longest delay setTimeout takes; later schedules re-arm. */
const MAX_TIMER_MS = 2 ** 31 - 1;

/**
 * One-time `at(...)` schedules, fired on time to their target: the event bus (a PutEvents
 * target) or a function. Kept in a file between runs unless in memory.
 */
export class Scheduler {
  readonly #schedules = new Map<string, Schedule>();
  readonly #timers = new Map<string, NodeJS.Timeout>();

  constructor(
    private readonly bus: EventBus,
    private readonly invoke: (functionName: string, event: unknown) => Promise<InvokeResult>,
    private readonly log: (line: string) => void,
    private readonly file?: string,
  ) {
    if (!file) return;
    try {
      for (const schedule of JSON.parse(readFileSync(file, 'utf8')) as Schedule[]) {
        this.#schedules.set(keyOf(schedule.GroupName, schedule.Name), schedule);
        this.#arm(schedule);
      }
    } catch {
      // No schedules yet.
    }
  }

  get(group: string, name: string): Schedule | undefined {
    return this.#schedules.get(keyOf(group, name));
  }

  list(): Schedule[] {
    return [...this.#schedules.values()];
  }

  put(schedule: Schedule): void {
    const key = keyOf(schedule.GroupName, schedule.Name);
    clearTimeout(this.#timers.get(key));
    this.#schedules.set(key, schedule);
    this.#arm(schedule);
    this.#save();
  }

  delete(group: string, name: string): boolean {
    const key = keyOf(group, name);
    clearTimeout(this.#timers.get(key));
    this.#timers.delete(key);
    const existed = this.#schedules.delete(key);
    this.#save();
    return existed;
  }

  stop(): void {
    for (const timer of this.#timers.values()) clearTimeout(timer);
    this.#timers.clear();
  }

  #arm(schedule: Schedule): void {
    if (schedule.firedAt || schedule.State === 'DISABLED') return;
    const at = parseAtExpression(schedule.ScheduleExpression, schedule.ScheduleExpressionTimezone);
    if (!at) return;
    const key = keyOf(schedule.GroupName, schedule.Name);
    const delay = Math.max(0, at.getTime() - Date.now());
    const timer = setTimeout(
      () => (delay > MAX_TIMER_MS ? this.#arm(schedule) : void this.#fire(key)),
      Math.min(delay, MAX_TIMER_MS),
    );
    timer.unref();
    this.#timers.set(key, timer);
  }

  async #fire(key: string): Promise<void> {
    const schedule = this.#schedules.get(key);
    this.#timers.delete(key);
    if (!schedule) return;
    schedule.firedAt = new Date().toISOString();
    if (schedule.ActionAfterCompletion === 'DELETE') this.#schedules.delete(key);
    this.#save();
    const { Target } = schedule;
    const busName = /:event-bus\/(.+)$/.exec(Target.Arn)?.[1];
    if (busName) {
      const [result] = this.bus.put([
        {
          EventBusName: busName,
          Source: Target.EventBridgeParameters?.Source,
          DetailType: Target.EventBridgeParameters?.DetailType,
          Detail: Target.Input ?? '{}',
        },
      ]);
      if (result && 'ErrorCode' in result) this.log(`schedule ${schedule.Name}: ${result.ErrorMessage}`);
      return;
    }
    const functionName = /:function:([^:]+)/.exec(Target.Arn)?.[1] ?? Target.Arn;
    const result = await this.invoke(functionName, Target.Input ? JSON.parse(Target.Input) : {});
    if (!result.ok) this.log(`schedule ${schedule.Name} → ${functionName} failed: ${result.error.errorMessage}`);
  }

  #save(): void {
    if (!this.file) return;
    mkdirSync(dirname(this.file), { recursive: true });
    const temporary = `${this.file}.${process.pid}.tmp`;
    writeFileSync(temporary, JSON.stringify(this.list()));
    renameSync(temporary, this.file);
  }
}

const keyOf = (group: string, name: string) => `${group}/${name}`;
