import { cloudflareTest } from '@cloudflare/vitest-pool-workers';
import { defineConfig } from 'vitest/config';

export default defineConfig({
  test: {
    reporters: ['default', './test/support/summary-reporter.ts'],
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
