import type { ApplyRunResult, MatchingProposal, MatchingRun } from '@lantern/contracts';
import { ref, shallowRef } from 'vue';

export interface BatchRunApi {
  start: () => Promise<MatchingRun>;
  get: (runId: string) => Promise<MatchingRun>;
  apply: (runId: string) => Promise<ApplyRunResult>;
}

export interface BatchRunTiming {
  /** Resolves after `ms`; tests pass one that resolves at once. */
  wait: (ms: number) => Promise<void>;
  now: () => number;
  intervalMs?: number;
  /** Stop polling after this long and say so, rather than spin for ever. */
  giveUpAfterMs?: number;
}

export type BatchPhase = 'idle' | 'running' | 'proposed' | 'applying' | 'applied';
export type BatchFailure = 'start' | 'timeout' | 'apply';

/**
 * A batch match over the whole waitlist: start it (201 with the proposal, or 202 and poll until it
 * is proposed), review, apply; then what was applied and what no longer held.
 */
export function useBatchRun(api: BatchRunApi, timing: BatchRunTiming) {
  const phase = ref<BatchPhase>('idle');
  const proposal = shallowRef<MatchingProposal | null>(null);
  const result = shallowRef<ApplyRunResult | null>(null);
  const failure = ref<BatchFailure | null>(null);
  const elapsedSeconds = ref(0);
  const interval = timing.intervalMs ?? 1000;
  const giveUpAfter = timing.giveUpAfterMs ?? 120_000;

  async function start(): Promise<void> {
    phase.value = 'running';
    proposal.value = null;
    result.value = null;
    failure.value = null;
    elapsedSeconds.value = 0;
    const began = timing.now();
    try {
      let run = await api.start();
      while (run.status === 'running') {
        if (timing.now() - began > giveUpAfter) {
          failure.value = 'timeout';
          phase.value = 'idle';
          return;
        }
        await timing.wait(interval);
        elapsedSeconds.value = Math.round((timing.now() - began) / 1000);
        run = await api.get(run.runId);
      }
      proposal.value = run;
      phase.value = run.status === 'applied' ? 'applied' : 'proposed';
    } catch {
      failure.value = 'start';
      phase.value = 'idle';
    }
  }

  async function apply(): Promise<void> {
    const run = proposal.value;
    if (!run || phase.value !== 'proposed') return;
    phase.value = 'applying';
    failure.value = null;
    try {
      result.value = await api.apply(run.runId);
      phase.value = 'applied';
    } catch {
      failure.value = 'apply';
      phase.value = 'proposed';
    }
  }

  return { phase, proposal, result, failure, elapsedSeconds, start, apply };
}
