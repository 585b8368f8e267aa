import { cloudflareTest } from '@cloudflare/vitest-pool-workers';
import { defineConfig } from 'vitest/config';
import { dataModules } from './test/support/data-modules-plugin';

export default defineConfig({
  test: {
    // Vitest's own JSON report: scripts/test.ts prints the closing `N passed, N failed` line from it.
    reporters: ['default', 'json'],
    outputFile: { json: 'test-results/results.json' },
    projects: [
      {
        // The Worker and its modules, inside workerd: the runtime that serves readers.
        // The tests' requests go to http://story.test (test/worker/fetch.ts), so that is the origin
        // configured for them; wrangler.toml's top level is wrangler dev's 127.0.0.1:8787.
        plugins: [
          cloudflareTest({
            wrangler: { configPath: './wrangler.toml' },
            miniflare: { bindings: { PUBLIC_ORIGIN: 'http://story.test' } },
          }),
        ],
        test: {
          name: 'workerd',
          include: ['worker/**/*.test.{ts,tsx}', 'test/worker/**/*.test.{ts,tsx}'],
        },
      },
      {
        // The story as readers get it: the real Worker under wrangler dev, in real Chromium.
        test: {
          name: 'e2e',
          environment: 'node',
          include: ['test/e2e/**/*.test.ts'],
          globalSetup: ['test/e2e/global-setup.ts'],
          testTimeout: 120_000,
          hookTimeout: 120_000,
          fileParallelism: false,
        },
      },
      {
        // Content checks and build output, in Node (they read files and use full ICU).
        plugins: [dataModules()],
        test: {
          name: 'node',
          environment: 'node',
          include: ['test/unit/**/*.test.ts'],
        },
      },
    ],
  },
});
