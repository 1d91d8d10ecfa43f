import type { ApplyRunResult, MatchingRun } from '@lantern/contracts';
import { mount } from '@vue/test-utils';
import { describe, expect, it } from 'vitest';
import StaffRunProposal from '../src/components/staff/StaffRunProposal.vue';
import StaffRunResult from '../src/components/staff/StaffRunResult.vue';
import { type BatchRunApi, useBatchRun } from '../src/composables/useBatchRun.js';
import { createLanternI18n } from '../src/i18n/index.js';
import { idOf, proposedRun } from './matching-fixtures.js';

/** A clock that moves only when the composable waits: no real time passes in these tests. */
function fakeTiming() {
  let now = 0;
  const waits: number[] = [];
  return {
    waits,
    timing: {
      now: () => now,
      wait: async (ms: number) => {
        waits.push(ms);
        now += ms;
      },
      intervalMs: 500,
      giveUpAfterMs: 5_000,
    },
  };
}

const running: MatchingRun = { runId: idOf('run', 1), status: 'running', createdAt: '2026-12-07T10:00:00Z' };
const applied: ApplyRunResult = { applied: [], conflicts: [] };

function api(overrides: Partial<BatchRunApi>): BatchRunApi {
  return {
    start: async () => proposedRun(),
    get: async () => proposedRun(),
    apply: async () => applied,
    ...overrides,
  };
}

describe('useBatchRun', () => {
  it('shows the proposal at once when the API answers 201', async () => {
    const { timing, waits } = fakeTiming();
    const run = useBatchRun(api({}), timing);

    await run.start();

    expect(run.phase.value).toBe('proposed');
    expect(run.proposal.value?.objective.served).toBe(1);
    expect(waits).toEqual([]);
  });

  it('polls a 202 until the run is proposed, counting the seconds', async () => {
    const { timing } = fakeTiming();
    let gets = 0;
    const run = useBatchRun(
      api({ start: async () => running, get: async () => (++gets < 4 ? running : proposedRun()) }),
      timing,
    );

    await run.start();

    expect(gets).toBe(4);
    expect(run.elapsedSeconds.value).toBe(2);
    expect(run.phase.value).toBe('proposed');
  });

  it('gives up after its limit instead of polling for ever', async () => {
    const { timing } = fakeTiming();
    const run = useBatchRun(api({ start: async () => running, get: async () => running }), timing);

    await run.start();

    expect(run.failure.value).toBe('timeout');
    expect(run.phase.value).toBe('idle');
    expect(run.proposal.value).toBeNull();
  });

  it('applies the proposal once and keeps what was applied and what conflicted', async () => {
    const { timing } = fakeTiming();
    const result: ApplyRunResult = {
      applied: [],
      conflicts: [
        { clientId: idOf('cl', 1), peerId: idOf('pr', 1), because: ['peer at capacity'], codes: ['peer_at_capacity'] },
      ],
    };
    let applies = 0;
    const run = useBatchRun(
      api({
        apply: async () => {
          applies++;
          return result;
        },
      }),
      timing,
    );
    await run.start();

    await run.apply();
    await run.apply();

    expect(applies).toBe(1);
    expect(run.phase.value).toBe('applied');
    expect(run.result.value).toEqual(result);
  });

  it('follows an apply handed to the background (202) with its progress, to the stored outcome', async () => {
    // Prepare: the API answers 202 with the run applying, then two polls later it is applied.
    const { timing, waits } = fakeTiming();
    const proposal = proposedRun();
    const outcome: ApplyRunResult = { applied: [], conflicts: [] };
    const applying = (done: number): MatchingRun => ({ ...proposal, status: 'applying', progress: { done, total: 2 } });
    const polls = [applying(1), { ...proposal, status: 'applied' as const, result: outcome }];
    const seen: (number | undefined)[] = [];
    const run = useBatchRun(
      api({
        apply: async () => applying(0),
        get: async () => {
          seen.push(run.applyProgress.value?.done);
          return polls.shift() ?? proposal;
        },
      }),
      timing,
    );
    await run.start();

    // Act
    await run.apply();

    // Assess
    expect(seen).toEqual([0, 1]);
    expect(waits).toEqual([500, 500]);
    expect(run.phase.value).toBe('applied');
    expect(run.result.value).toEqual(outcome);
  });

  it('says applying goes on when the background apply outlasts its patience, the button kept off', async () => {
    const { timing } = fakeTiming();
    const proposal = proposedRun();
    const applying: MatchingRun = { ...proposal, status: 'applying', progress: { done: 0, total: 2 } };
    const run = useBatchRun(api({ apply: async () => applying, get: async () => applying }), timing);
    await run.start();

    await run.apply();

    expect(run.failure.value).toBe('applyTimeout');
    expect(run.phase.value).toBe('applying');
  });

  it('keeps the proposal to try again when applying fails', async () => {
    const { timing } = fakeTiming();
    const run = useBatchRun(api({ apply: () => Promise.reject(new Error('down')) }), timing);
    await run.start();

    await run.apply();

    expect(run.failure.value).toBe('apply');
    expect(run.phase.value).toBe('proposed');
    expect(run.proposal.value?.runId).toBe(idOf('run', 1));
  });

  it('says the run could not start when the API refuses', async () => {
    const run = useBatchRun(api({ start: () => Promise.reject(new Error('down')) }), fakeTiming().timing);

    await run.start();

    expect(run.failure.value).toBe('start');
    expect(run.phase.value).toBe('idle');
  });
});

const i18n = () => createLanternI18n('en');
const names: Record<string, string> = { [idOf('cl', 1)]: 'Sam', [idOf('cl', 2)]: 'Kim', [idOf('pr', 1)]: 'Alex' };
const nameOf = (id: string) => names[id] ?? id;

describe('the proposal and its outcome', () => {
  it('shows the totals, each client with their peer and reasons, and the unassigned with why', () => {
    const wrapper = mount(StaffRunProposal, { props: { run: proposedRun(), nameOf }, global: { plugins: [i18n()] } });

    expect(wrapper.findAll('.totals dd').map((total) => total.text())).toEqual(['1', '1', '1', '40']);
    const row = wrapper.find(`tr[data-client-id="${idOf('cl', 1)}"]`);
    expect(row.findAll('td').map((cell) => cell.text().replace(/\s+/g, ' '))).toEqual([
      'Sam',
      'Alex',
      '40',
      '+40 Lived experience',
    ]);
    expect(wrapper.find('h3 + ul li').text()).toBe('Kim: no peer shares a language');
  });

  it('says how many were applied and why each conflict was skipped', () => {
    const result: ApplyRunResult = {
      applied: [],
      conflicts: [
        { clientId: idOf('cl', 1), peerId: idOf('pr', 1), because: ['peer at capacity'], codes: ['peer_at_capacity'] },
      ],
    };
    const wrapper = mount(StaffRunResult, { props: { result, nameOf }, global: { plugins: [i18n()] } });

    expect(wrapper.find('[role="status"]').text()).toBe('0 matches confirmed.');
    expect(wrapper.findAll('li').at(-1)?.text().replace(/\s+/g, ' ')).toBe('Sam — Alex: Peer at capacity');
  });
});
