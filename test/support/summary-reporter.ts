// Counts test results and writes them to test-results/summary.json; scripts/test.ts prints the
// closing `N passed, N failed` line from it after every other process has finished writing.
import { mkdirSync, writeFileSync } from 'node:fs';
import type { Reporter, TestModule } from 'vitest/node';

export const SUMMARY_FILE = 'test-results/summary.json';

export default class SummaryReporter implements Reporter {
  onTestRunEnd(testModules: ReadonlyArray<TestModule>, unhandledErrors: ReadonlyArray<unknown>): void {
    let passed = 0;
    let failed = unhandledErrors.length;
    let skipped = 0;
    for (const module of testModules) {
      const tests = [...module.children.allTests()];
      // A file that fails to load has no tests to count, but it is a failure.
      if (tests.length === 0 && module.state() === 'failed') failed++;
      for (const test of tests) {
        const state = test.result().state;
        if (state === 'passed') passed++;
        else if (state === 'failed') failed++;
        else skipped++;
      }
    }
    mkdirSync('test-results', { recursive: true });
    writeFileSync(SUMMARY_FILE, JSON.stringify({ passed, failed, skipped }) + '\n');
  }
}
