import { defineConfig } from 'vitest/config';

// Two projects, both run by `npm test`:
//   unit    — parser, golden, CLI and portal tests in Node (everything under test/ but test/browser);
//   browser — test/browser in Debian's Chromium against two real builds of the site (domain root and
//             BASE_PATH=/nianbao/), made once per run by test/support/globalSetup.ts.
// `npm run test:unit` / `npm run test:browser` run one of them.
export default defineConfig({
  test: {
    environment: 'node',
    watch: false,
    projects: [
      {
        extends: true,
        test: {
          name: 'unit',
          include: ['test/**/*.test.ts'],
          exclude: ['test/browser/**', '**/node_modules/**'],
          // Property-based tests (fast-check) run many cases per test.
          testTimeout: 30_000,
          hookTimeout: 30_000,
        },
      },
      {
        extends: true,
        test: {
          name: 'browser',
          include: ['test/browser/**/*.test.ts'],
          globalSetup: ['test/support/globalSetup.ts'],
          // Bounded but generous: a loaded machine is slow, a hang still fails.
          testTimeout: 90_000,
          hookTimeout: 90_000,
        },
      },
    ],
  },
});
