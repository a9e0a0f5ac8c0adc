import { defineConfig } from 'vitest/config';

export default defineConfig({
  test: {
    include: ['test/**/*.test.ts'],
    environment: 'node',
    // Property-based tests (fast-check) run many cases per test.
    testTimeout: 30_000,
    hookTimeout: 30_000,
    watch: false,
  },
});
