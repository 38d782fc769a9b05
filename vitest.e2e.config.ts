import { defineConfig } from 'vitest/config';

// Real-browser tests: one browser per file, files in series (2 cores; see e2e-recipe.md).
export default defineConfig({
  test: {
    include: ['tests/e2e/**/*.e2e.test.ts'],
    testTimeout: 60_000,
    hookTimeout: 90_000,
    fileParallelism: false,
  },
});
