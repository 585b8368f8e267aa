// `npm test`: build, typecheck, the formatting check, then every vitest project. Ends with the line CI counts.
import { spawnSync } from 'node:child_process';
import { existsSync, readFileSync, rmSync } from 'node:fs';

// Written by vitest's built-in json reporter (vitest.config.ts).
const RESULTS_FILE = 'test-results/results.json';

interface JsonReport {
  numPassedTests: number;
  numFailedTests: number;
  numPendingTests: number;
  numTodoTests: number;
  testResults: { status: string; assertionResults: unknown[] }[];
}

function run(command: string, args: string[]): boolean {
  const result = spawnSync(command, args, { stdio: 'inherit', env: process.env });
  return result.status === 0;
}

rmSync(RESULTS_FILE, { force: true });
const vitestArgs = process.argv.slice(2);
const prepared =
  run('npm', ['run', '--silent', 'build']) &&
  run('npm', ['run', '--silent', 'typecheck']) &&
  run('npm', ['run', '--silent', 'format:check']);
const testsPassed = prepared && run('node_modules/.bin/vitest', ['run', ...vitestArgs]);

let passed = 0;
let failed = 0;
let skipped = 0;
if (existsSync(RESULTS_FILE)) {
  const report = JSON.parse(readFileSync(RESULTS_FILE, 'utf8')) as JsonReport;
  passed = report.numPassedTests;
  // A file that fails to load has no tests to count, but it is a failure.
  failed = report.numFailedTests + report.testResults.filter((f) => f.status === 'failed' && f.assertionResults.length === 0).length;
  skipped = report.numPendingTests + report.numTodoTests;
}
// A failed build, typecheck or formatting check, or a run that failed without a failing test, counts as one failure,
// so the closing line never reads as a pass.
if (!prepared || (!testsPassed && failed === 0)) failed += 1;

console.log(`\n${passed} passed, ${failed} failed${skipped ? `, ${skipped} skipped` : ''}`);
process.exit(prepared && testsPassed ? 0 : 1);
