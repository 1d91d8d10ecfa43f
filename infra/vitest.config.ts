import { defineProject } from 'vitest/config';

export default defineProject({
  test: {
    name: 'infra',
    include: ['tests/**/*.test.ts'],
    // Synthesizing a stage takes seconds; each test file synthesizes once in beforeAll.
    testTimeout: 120_000,
    hookTimeout: 180_000,
  },
});
