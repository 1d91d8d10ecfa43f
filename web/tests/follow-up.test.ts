import type { ClientHistoryEntry, ContactAttemptRequest } from '@lantern/contracts';
import { describe, expect, it } from 'vitest';
import { ApiError } from '../src/api/api-error.js';
import { formatWaited, localInputValue, useClientFollowUp, waitedFor } from '../src/composables/useClientFollowUp.js';

const now = new Date('2027-03-09T18:00:00Z');
const entry = (entryId: string, at: string): ClientHistoryEntry => ({
  entryId,
  kind: 'contact_attempt',
  at,
  by: 'coordinator@example.org',
  channel: 'phone',
  outcome: 'no_answer',
});

function fakeApi(options: { refuse?: ApiError } = {}) {
  const sent: { attempt: ContactAttemptRequest; key: string }[] = [];
  return {
    sent,
    api: {
      history: async () => ({ items: [entry('e1', '2027-03-09T10:00:00.000Z')], nextCursor: 'next' }),
      recordAttempt: async (_: string, attempt: ContactAttemptRequest, key: string) => {
        if (options.refuse) throw options.refuse;
        sent.push({ attempt, key });
        return entry(`e${sent.length + 1}`, attempt.at);
      },
      clearUrgent: async () => {
        throw new ApiError(409, { type: 'about:blank', title: 'Conflict', status: 409, detail: 'Not urgent.' });
      },
    },
  };
}

const form = (at: string) => ({ at, channel: 'phone' as const, outcome: 'reached' as const, note: ' ' });

describe('following up a client in the staff app', () => {
  it('records an attempt, newest first in the history, with a fresh Idempotency-Key each time', async () => {
    // Prepare
    const { api, sent } = fakeApi();
    const followUp = useClientFollowUp('cl_1', api, () => now);
    await followUp.loadHistory();

    // Act
    const first = await followUp.recordAttempt(form(localInputValue(new Date(now.getTime() - 3_600_000))));
    const second = await followUp.recordAttempt(form(localInputValue(new Date(now.getTime() - 1_800_000))));

    // Assess
    expect([first, second]).toEqual([true, true]);
    expect(sent.map((s) => s.attempt.note)).toEqual([undefined, undefined]);
    expect(new Set(sent.map((s) => s.key)).size).toBe(2);
    expect(followUp.entries.value.map((e) => e.entryId)).toEqual(['e3', 'e2', 'e1']);
  });

  it('refuses an attempt in the future or without a time before calling the API', async () => {
    const { api, sent } = fakeApi();
    const followUp = useClientFollowUp('cl_1', api, () => now);

    expect(await followUp.recordAttempt(form(localInputValue(new Date(now.getTime() + 86_400_000))))).toBe(false);
    expect(followUp.attemptErrors.value).toEqual({ at: 'future' });
    expect(await followUp.recordAttempt(form(''))).toBe(false);
    expect(followUp.attemptErrors.value).toEqual({ at: 'invalid' });
    expect(sent).toEqual([]);
  });

  it('shows the API’s field errors, and why it refused to clear the flag', async () => {
    const refuse = new ApiError(422, {
      type: 'about:blank',
      title: 'Unprocessable',
      status: 422,
      detail: 'This client gave no phone number; record the attempt on the channel you used.',
    });
    const followUp = useClientFollowUp('cl_1', fakeApi({ refuse }).api, () => now);

    await followUp.recordAttempt(form(localInputValue(now)));
    const cleared = await followUp.clearUrgent('Reached');
    const blank = await followUp.clearUrgent('   ');

    expect(followUp.attemptErrors.value).toEqual({ form: refuse.problem?.detail });
    expect(cleared).toBeUndefined();
    expect(blank).toBeUndefined();
    expect(followUp.clearError.value).toBe('required');
  });
});

describe('how long a client has waited', () => {
  it.each([
    ['2027-03-09T17:20:00Z', { value: 40, unit: 'minute' }],
    ['2027-03-09T12:59:00Z', { value: 5, unit: 'hour' }],
    ['2027-03-07T19:00:00Z', { value: 47, unit: 'hour' }],
    ['2027-03-06T18:00:00Z', { value: 3, unit: 'day' }],
  ])('since %s', (since, waited) => {
    expect(waitedFor(since, now)).toEqual(waited);
  });

  it('says it in the page’s language', () => {
    expect(formatWaited('2027-03-09T13:00:00Z', now, 'en')).toBe('5 hours');
    expect(formatWaited('2027-03-09T13:00:00Z', now, 'fr')).toMatch(/^5\sheures$/);
  });
});
