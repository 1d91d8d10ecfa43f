export const FAULT_TARGETS = ['eventbridge:PutEvents', 'sesv2:SendEmail'] as const;
export type FaultTarget = (typeof FAULT_TARGETS)[number];
export const FAULT_MODES = ['error', 'reset'] as const;
export type FaultMode = (typeof FAULT_MODES)[number];

/**
 * Faults armed by tests through `POST /_local/faults`: the next `count` calls to a target fail,
 * either with a 500 answer or with the connection dropped as if the process had died. SDK clients
 * retry both, so each retry consumes one.
 */
export class FaultInjector {
  readonly #armed = new Map<FaultTarget, { mode: FaultMode; remaining: number }>();

  arm(target: FaultTarget, mode: FaultMode, count: number): void {
    if (count <= 0) this.#armed.delete(target);
    else this.#armed.set(target, { mode, remaining: count });
  }

  clear(): void {
    this.#armed.clear();
  }

  /** Consumes one armed fault for the target, if any. */
  take(target: FaultTarget): FaultMode | null {
    const fault = this.#armed.get(target);
    if (!fault) return null;
    fault.remaining -= 1;
    if (fault.remaining <= 0) this.#armed.delete(target);
    return fault.mode;
  }

  snapshot(): { target: FaultTarget; mode: FaultMode; remaining: number }[] {
    return [...this.#armed].map(([target, fault]) => ({ target, ...fault }));
  }
}
