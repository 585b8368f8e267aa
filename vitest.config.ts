import { cloudflareTest } from '@cloudflare/vitest-pool-workers';
import { defineConfig } from 'vitest/config';

export default defineConfig({
  test: {
    // Vitest's own JSON report: scripts/test.ts prints the closing `N passed, N failed` line from it.
    reporters: ['default', 'json'],
    outputFile: { json: 'test-results/results.json' },
    projects: [
      {
        // The Worker and its modules, inside workerd: the runtime that serves readers.
        plugins: [cloudflareTest({ wrangler: { configPath: './wrangler.toml' } })],
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
        test: {
          name: 'node',
          environment: 'node',
          include: ['test/unit/**/*.test.ts'],
        },
      },
    ],
  },
});
