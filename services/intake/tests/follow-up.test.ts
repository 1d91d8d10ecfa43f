import { EXAMPLE_INTAKE, IntakeRequest } from '@lantern/contracts';
import { describe, expect, it } from 'vitest';
import { newClientRecord } from '../src/domain/client.js';
import { clearUrgent, statusChangedEntry } from '../src/domain/follow-up.js';
import { newClientId } from '../src/domain/ids.js';

const by = { username: 'coordinator@example.org', now: new Date('2027-03-09T18:00:00Z') };
const urgent = newClientRecord(
  IntakeRequest.parse({
    ...EXAMPLE_INTAKE,
    safety: { immediateDanger: true, riskToOthers: false, thoughtsOfSelfHarm: false },
  }),
  newClientId(),
  new Date('2027-03-09T12:00:00Z'),
);

describe('clearing the urgent flag', () => {
  it('clears the flag, keeps what the intake answered, and bumps the version', () => {
    const cleared = clearUrgent(urgent, 'Reached; safe tonight', by);

    expect(cleared?.record).toEqual({ ...urgent, urgent: false, version: 2, updatedAt: '2027-03-09T18:00:00.000Z' });
    expect(cleared?.entry).toMatchObject({ kind: 'urgent_cleared', reason: 'Reached; safe tonight', by: by.username });
  });

  it('has nothing to clear on a client who is not urgent', () => {
    expect(clearUrgent({ ...urgent, urgent: false }, 'Again', by)).toBeUndefined();
  });
});

describe('a status change in the history', () => {
  it('says from what to what, by whom and why', () => {
    const entry = statusChangedEntry(urgent, { ...urgent, status: 'in_review' }, 'Reviewing', by);

    expect(entry).toMatchObject({ kind: 'status_changed', from: 'new', to: 'in_review', reason: 'Reviewing' });
  });
});
