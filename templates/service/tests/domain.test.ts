import { describe, expect, it } from 'vitest';
import { newExample } from '../src/domain/example.js';

describe('a new item', () => {
  it('starts at version 1, recorded with who made it and when', () => {
    // Prepare
    const now = new Date('2027-03-09T18:00:00Z');

    // Act
    const item = newExample({ title: 'First' }, { username: 'coordinator@example.org', now }, 'ex_1');

    // Assess
    expect(item).toEqual({
      exampleId: 'ex_1',
      title: 'First',
      createdBy: 'coordinator@example.org',
      createdAt: '2027-03-09T18:00:00.000Z',
      version: 1,
    });
  });
});
