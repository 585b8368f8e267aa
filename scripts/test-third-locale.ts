// `npm run test:third-locale`: the workerd, browser and Node suites again, in a copy of the project
// with a third language added as content only (the pseudo-locale, scripts/support/pseudo-locale.ts).
// A test that assumes two languages, or one language's words in another, fails here the day it is
// written. The embed heights are measured for the new language first, as a contributor adding one
// does (docs/content.md). Extra arguments go to vitest, e.g. `-- --project workerd`.
import { spawnSync } from 'node:child_process';
import { rmSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { addPseudoLocale, copyProject } from './support/pseudo-locale';

const ROOT = resolve('.');
const bin = (name: string) => join(ROOT, 'node_modules/.bin', name);

function run(dir: string, command: string, args: string[]): boolean {
  return spawnSync(command, args, { cwd: dir, stdio: 'inherit', env: process.env }).status === 0;
}

const dir = copyProject('third-locale-');
let ok = false;
try {
  addPseudoLocale(dir);
  ok =
    run(dir, bin('tsx'), ['scripts/check-content.ts']) &&
    run(dir, bin('tsx'), ['scripts/build.ts']) &&
    run(dir, bin('tsx'), ['scripts/measure-embed-heights.ts']) &&
    run(dir, bin('tsx'), ['scripts/build.ts']) &&
    // The pseudo-locale test adds this same language to its own copy; here it is already in.
    run(dir, bin('vitest'), ['run', '--exclude', 'test/e2e/pseudo-locale.test.ts', ...process.argv.slice(2)]);
} finally {
  if (!process.env.KEEP_COPY) rmSync(dir, { recursive: true, force: true });
  else console.log(`kept ${dir}`);
}
process.exit(ok ? 0 : 1);
