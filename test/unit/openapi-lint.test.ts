// The OpenAPI document as the real linters read it: Redocly's recommended rules and Spectral's
// spectral:oas ruleset, with no error and no warning. The routes it describes are tested against
// it in test/worker/api.test.ts and test/e2e/api-schema.test.ts.
import { spawnSync } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { openApiDocument } from '../../worker/api/openapi';

const dir = mkdtempSync(join(tmpdir(), 'openapi-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));
const file = join(dir, 'openapi.json');
writeFileSync(file, JSON.stringify(openApiDocument('https://story.example.org')));
const ruleset = join(dir, '.spectral.yaml');
writeFileSync(ruleset, 'extends: ["spectral:oas"]\n');

// Offline and quiet: no telemetry, no update check.
const env = { ...process.env, REDOCLY_TELEMETRY: 'off', REDOCLY_SUPPRESS_UPDATE_NOTICE: 'true' };
const run = (bin: string, args: string[]) =>
  spawnSync(`node_modules/.bin/${bin}`, args, { cwd: process.cwd(), env, encoding: 'utf8', timeout: 120_000 });

describe('the OpenAPI document, linted', () => {
  it('passes @redocly/cli lint with its recommended rules: 0 errors, 0 warnings', () => {
    const result = run('redocly', ['lint', file, '--extends=recommended', '--format=json']);
    const report = JSON.parse(result.stdout) as { totals: { errors: number; warnings: number }; problems: { message: string }[] };
    expect(report.problems.map((p) => p.message)).toEqual([]);
    expect(report.totals).toMatchObject({ errors: 0, warnings: 0 });
  });

  it('passes @stoplight/spectral-cli with spectral:oas: no result of any severity', () => {
    const result = run('spectral', ['lint', file, '-r', ruleset, '-f', 'json', '--fail-severity=hint']);
    expect(JSON.parse(result.stdout.slice(0, result.stdout.lastIndexOf(']') + 1))).toEqual([]);
    expect(result.status).toBe(0);
  });
});
