import { defineProject } from 'vitest/config';

/** Cross-service integration tests: one local cloud for the whole run, files one after another. */
export default defineProject({
  test: {
    name: 'integration',
    include: ['integration/**/*.test.ts'],
    globalSetup: ['integration/support/global-setup.ts'],
    fileParallelism: false,
    testTimeout: 30_000,
    hookTimeout: 120_000,
  },
});
