// `npm test`: build, typecheck, then every vitest project. Ends with the line CI counts.
import { spawnSync } from 'node:child_process';
import { existsSync, readFileSync, rmSync } from 'node:fs';

const SUMMARY_FILE = 'test-results/summary.json';

function run(command: string, args: string[]): boolean {
  const result = spawnSync(command, args, { stdio: 'inherit', env: process.env });
  return result.status === 0;
}

rmSync(SUMMARY_FILE, { force: true });
const vitestArgs = process.argv.slice(2);
const prepared = run('npm', ['run', '--silent', 'build']) && run('npm', ['run', '--silent', 'typecheck']);
const testsPassed = prepared && run('node_modules/.bin/vitest', ['run', ...vitestArgs]);

let summary = { passed: 0, failed: 0, skipped: 0 };
if (existsSync(SUMMARY_FILE)) summary = JSON.parse(readFileSync(SUMMARY_FILE, 'utf8'));
// A failed build or typecheck counts as one failure, so the closing line never reads as a pass.
if (!prepared || (!testsPassed && summary.failed === 0)) summary.failed += 1;

const skipped = summary.skipped ? `, ${summary.skipped} skipped` : '';
console.log(`\n${summary.passed} passed, ${summary.failed} failed${skipped}`);
process.exit(prepared && testsPassed ? 0 : 1);
