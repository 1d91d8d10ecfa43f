import { describe, expect, it } from 'vitest';
import { matchWaitlist } from '../src/index.js';
import { aClient, aPeer, JANUARY } from './fixtures.js';

describe('matchWaitlist', () => {
  it('gives the last free place to an urgent client over a better-fitting one', () => {
    // Prepare: the calm client fits the peer better (shared lived experience)
    const peer = aPeer({ capacity: 1, caseload: 0, livedExperience: ['grief'] });
    const calm = aClient({ id: 'cl_calm', supportAreas: ['grief'] });
    const urgent = aClient({ id: 'cl_urgent', supportAreas: ['substance_use'], urgent: true });
    // Act
    const result = matchWaitlist([calm, urgent], [peer], { now: JANUARY });
    // Assess
    expect(result.assignments.map((a) => a.clientId)).toEqual(['cl_urgent']);
    expect(result.unassigned[0]?.because).toContain('taken by clients ahead in priority');
  });

  it('matches more clients rather than giving one client their best peer', () => {
    // Prepare: Ana fits Bea best, but Bea is Carl's only possible peer
    const bea = aPeer({ id: 'pr_bea', capacity: 1, caseload: 0, livedExperience: ['parenting'] });
    const dev = aPeer({ id: 'pr_dev', capacity: 1, caseload: 0, livedExperience: ['grief'] });
    const ana = aClient({ id: 'cl_ana', supportAreas: ['parenting'] });
    const carl = aClient({ id: 'cl_carl', languages: ['fr'] });
    const beaSpeaksFrench = { ...bea, languages: ['en', 'fr'] };
    // Act
    const result = matchWaitlist([ana, carl], [beaSpeaksFrench, dev], { now: JANUARY });
    // Assess
    expect(result.objective.matched).toBe(2);
    expect(result.assignments).toEqual([
      expect.objectContaining({ clientId: 'cl_ana', peerId: 'pr_dev' }),
      expect.objectContaining({ clientId: 'cl_carl', peerId: 'pr_bea' }),
    ]);
  });

  it('prefers the higher total score when the same number of clients can be matched', () => {
    // Prepare
    const griefPeer = aPeer({ id: 'pr_grief', capacity: 1, caseload: 0, livedExperience: ['grief'] });
    const parentPeer = aPeer({ id: 'pr_parent', capacity: 1, caseload: 0, livedExperience: ['parenting'] });
    const griefClient = aClient({ id: 'cl_grief', supportAreas: ['grief'] });
    const parentClient = aClient({ id: 'cl_parent', supportAreas: ['parenting'] });
    // Act
    const result = matchWaitlist([griefClient, parentClient], [parentPeer, griefPeer], { now: JANUARY });
    // Assess
    expect(result.assignments.map((a) => [a.clientId, a.peerId])).toEqual([
      ['cl_grief', 'pr_grief'],
      ['cl_parent', 'pr_parent'],
    ]);
  });

  it('gives an equal place to the client who has waited longest', () => {
    // Prepare
    const peer = aPeer({ capacity: 2, caseload: 1 });
    const recent = aClient({ id: 'cl_recent', waitingSince: '2026-09-01T00:00:00Z' });
    const longest = aClient({ id: 'cl_longest', waitingSince: '2026-03-01T00:00:00Z' });
    // Act
    const result = matchWaitlist([recent, longest], [peer], { now: JANUARY });
    // Assess
    expect(result.assignments.map((a) => a.clientId)).toEqual(['cl_longest']);
  });

  it('explains why a client with no eligible peer stays waitlisted', () => {
    // Prepare
    const full = aPeer({ id: 'pr_full', capacity: 2, caseload: 2 });
    const german = aPeer({ id: 'pr_de', languages: ['de'] });
    // Act
    const result = matchWaitlist([aClient()], [full, german], { now: JANUARY });
    // Assess
    expect(result.unassigned).toEqual([
      { clientId: 'cl_client', because: 'no eligible peer: 1 at capacity, 1 no shared language' },
    ]);
  });
});
