import { defineConfig } from 'vitest/config';

// One `pnpm test` runs every workspace project; each project keeps its own vitest config.
export default defineConfig({
  test: {
    projects: ['packages/*', 'services/*', 'templates/*', 'infra', 'web', 'tests'],
  },
});
