import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  CLIENT_STATUSES,
  canChangeStatusByHand,
  STATUS_TRANSITIONS,
  STATUSES_SET_BY_EVENTS,
  statusesOfferedFrom,
} from '../src/index.js';

const status = fc.constantFrom(...CLIENT_STATUSES);

describe('the client status rules', () => {
  it('offers exactly the hand-made changes the table allows, from every status', () => {
    fc.assert(
      fc.property(status, status, (from, to) => {
        const offered = statusesOfferedFrom(from).includes(to);
        expect(offered).toBe(canChangeStatusByHand(from, to));
        if (offered) expect(STATUS_TRANSITIONS[from]).toContain(to);
      }),
    );
  });

  it('never lets a coordinator set matched, which follows a confirmed match', () => {
    expect(STATUSES_SET_BY_EVENTS).toEqual(['matched']);
    for (const from of CLIENT_STATUSES) expect(statusesOfferedFrom(from)).not.toContain('matched');
    expect(STATUS_TRANSITIONS.waitlisted).toContain('matched');
  });

  it('always lets a coordinator close an open record and review a closed one', () => {
    for (const from of CLIENT_STATUSES.filter((value) => value !== 'closed')) {
      expect(canChangeStatusByHand(from, 'closed')).toBe(true);
    }
    expect(statusesOfferedFrom('closed')).toEqual(['in_review']);
  });
});
