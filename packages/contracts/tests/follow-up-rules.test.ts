import { describe, expect, it } from 'vitest';
import { contactAttemptTimeProblem } from '../src/rules/follow-up.js';

const now = new Date('2027-03-09T18:00:00Z');

describe('when a contact attempt may be recorded', () => {
  it.each([
    ['2027-03-09T18:04:00Z', undefined],
    ['2027-03-09T18:06:00Z', 'An attempt cannot be in the future'],
    ['2027-02-08T18:01:00Z', undefined],
    ['2027-02-07T17:59:00Z', 'Record attempts within 30 days'],
    ['2027-03-09T13:00:00-05:00', undefined],
  ])('%s → %s', (at, problem) => {
    expect(contactAttemptTimeProblem(at, now)).toBe(problem);
  });
});
