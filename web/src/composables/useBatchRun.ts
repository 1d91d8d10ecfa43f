import type { ApplyRunResult, MatchingProposal, MatchingRun } from '@lantern/contracts';
import { ref, shallowRef } from 'vue';

export interface BatchRunApi {
  start: () => Promise<MatchingRun>;
  get: (runId: string) => Promise<MatchingRun>;
  /** 200 with the outcome, or 202 with the run, applying in the background: poll it. */
  apply: (runId: string) => Promise<ApplyRunResult | MatchingRun>;
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
export type BatchFailure = 'start' | 'timeout' | 'apply' | 'applyTimeout';

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
  /** How far an apply handed to the background has got; null while the request itself works. */
  const applyProgress = shallowRef<{ done: number; total: number } | null>(null);
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
    applyProgress.value = null;
    const began = timing.now();
    try {
      let answer = await api.apply(run.runId);
      while ('status' in answer && answer.status !== 'applied') {
        if (answer.status === 'applying') applyProgress.value = answer.progress;
        if (timing.now() - began > giveUpAfter) {
          failure.value = 'applyTimeout';
          return; // still applying in the background: the button stays off
        }
        await timing.wait(interval);
        answer = await api.get(run.runId);
      }
      result.value = 'status' in answer ? (answer.result ?? { applied: [], conflicts: [] }) : answer;
      phase.value = 'applied';
    } catch {
      failure.value = 'apply';
      phase.value = 'proposed';
    }
  }

  return { phase, proposal, result, failure, elapsedSeconds, applyProgress, start, apply };
}
