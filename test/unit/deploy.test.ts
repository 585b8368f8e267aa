// `npm run deploy` refuses a config that would put the story out at the wrong address; the
// refusals run against temporary wrangler.toml files, resolved by wrangler itself.
import { spawnSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { checkDeploy, DeployRefused, parseDeployArgs } from '../../scripts/deploy';
import { SOURCE } from '../support/locales';
import { STATIC_ASSET_PATHS } from '../../worker/static-assets';

const dir = mkdtempSync(join(tmpdir(), 'deploy-config-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));
mkdirSync(join(dir, 'public'));
writeFileSync(join(dir, 'index.ts'), 'export default { fetch: () => new Response("ok") };\n');

const TOP = `name = "story"
main = "index.ts"
compatibility_date = "2026-11-17"
workers_dev = false
preview_urls = false
[assets]
directory = "./public"
[cache]
enabled = true
[vars]
PUBLIC_ORIGIN = "http://127.0.0.1:8787"
`;

const production = (body: string) => `${TOP}\n[env.production]\n${body}\n`;
const GOOD = `workers_dev = false
preview_urls = false
routes = [{ pattern = "story.cambodia.org", custom_domain = true }]
[env.production.vars]
PUBLIC_ORIGIN = "https://story.cambodia.org"`;

let n = 0;
function configFile(text: string): string {
  const path = join(dir, `wrangler-${n++}.toml`);
  writeFileSync(path, text);
  return path;
}

function refusal(text: string, argv = ['--env', 'production']): string[] {
  try {
    checkDeploy(parseDeployArgs([...argv, '--config', configFile(text)]));
  } catch (error) {
    if (error instanceof DeployRefused) return error.problems;
    throw error;
  }
  return [];
}

const env = { ...process.env, WRANGLER_SEND_METRICS: 'false', CLOUDFLARE_CF_FETCH_ENABLED: 'false' };
const runDeploy = (args: string[]) =>
  spawnSync('node_modules/.bin/tsx', ['scripts/deploy.ts', ...args], { env, encoding: 'utf8', timeout: 60_000 });

describe('npm run deploy refuses', () => {
  it('accepts a complete production environment', () => {
    expect(refusal(production(GOOD))).toEqual([]);
  });

  it('no --env, even when the top level is complete', () => {
    expect(refusal(production(GOOD), []).join()).toMatch(/no environment given/);
    expect(refusal(production(GOOD), ['--env=']).join()).toMatch(/no environment given/);
  });

  it('an environment the config does not define', () => {
    expect(refusal(production(GOOD), ['--env', 'prod']).join()).toMatch(/No environment found.*"prod"/);
  });

  it('an empty PUBLIC_ORIGIN, or none: vars are not inherited from the top level', () => {
    expect(refusal(production(GOOD.replace('"https://story.cambodia.org"', '""'))).join()).toMatch(/PUBLIC_ORIGIN is empty/);
    expect(refusal(production(GOOD.replace(/\[env\.production\.vars\][^]*$/, ''))).join()).toMatch(/PUBLIC_ORIGIN is empty/);
  });

  it('an origin that is not https, not a URL, or not a bare origin', () => {
    expect(refusal(production(GOOD.replace('https://story', 'http://story'))).join()).toMatch(/is not https/);
    expect(refusal(production(GOOD.replace('"https://story.cambodia.org"', '"story.cambodia.org"'))).join()).toMatch(/is not a URL/);
    expect(refusal(production(GOOD.replace('"https://story.cambodia.org"', `"https://story.cambodia.org/${SOURCE}/"`))).join()).toMatch(
      /bare origin/,
    );
  });

  it('missing routes, or routes on another host than the origin', () => {
    expect(refusal(production(GOOD.replace(/^routes = .*$/m, ''))).join()).toMatch(/has no routes/);
    expect(refusal(production(GOOD.replace('pattern = "story.cambodia.org"', 'pattern = "other.cambodia.org"'))).join()).toMatch(
      /not among the routes/,
    );
  });

  it('a workers.dev name or preview URLs, including by default', () => {
    expect(refusal(production(GOOD.replace('workers_dev = false', 'workers_dev = true'))).join()).toMatch(/workers_dev must be false/);
    expect(refusal(production(GOOD.replace('preview_urls = false', 'preview_urls = true'))).join()).toMatch(/preview_urls must be false/);
    const inheritsDefaults = production(GOOD).replace(/^(workers_dev|preview_urls) = false\n/gm, '');
    expect(refusal(inheritsDefaults).join()).toMatch(/workers_dev must be false.*preview_urls must be false/);
  });

  it('keep_vars, and a config without the Workers Cache', () => {
    expect(refusal(`keep_vars = true\n${production(GOOD)}`).join()).toMatch(/keep_vars must be false/);
    expect(refusal(production(GOOD).replace('[cache]\nenabled = true\n', '')).join()).toMatch(/\[cache\] enabled = true is missing/);
  });

  it('placeholder hostnames, except on a dry run', () => {
    const placeholder = production(GOOD.replaceAll('story.cambodia.org', 'story.example.org'));
    expect(refusal(placeholder).join()).toMatch(/placeholder hostname\(s\) story\.example\.org/);
    expect(refusal(placeholder, ['--env', 'production', '--dry-run'])).toEqual([]);
  });

  it('flags that would change the checked config', () => {
    expect(() => parseDeployArgs(['--env', 'production', '--var', 'PUBLIC_ORIGIN:'])).toThrow(/--var is not accepted/);
    expect(() => parseDeployArgs(['--env', 'production', '--keep-vars'])).toThrow(/--keep-vars is not accepted/);
  });

  // The ways past a list of refusals that a review found (2026-12-05), each refused before wrangler runs.
  it.each([
    ['another folder and its config', ['--cwd', '/tmp/other'], /--cwd is not accepted/],
    ['a positional entry point', ['other.js'], /no positional arguments/],
    ['a dry run taken back', ['--dry-run', '--no-dry-run'], /--dry-run alone/],
    ['a dry run set false', ['--dry-run', '--dryRun=false'], /--dry-run alone/],
    ['a dry run with a value', ['--dry-run=false'], /--dry-run alone/],
    ['a refused flag in camelCase', ['--keepVars'], /--keepVars is not accepted/],
    [
      'another refused flag in camelCase, with its value',
      ['--compatibilityDate=2020-01-01'],
      /--compatibilityDate=2020-01-01 is not accepted/,
    ],
    ['a custom domain', ['--domain', 'www.other.example'], /--domain is not accepted/],
    ['a route in camelCase', ['--routes', 'x.example/*'], /--routes is not accepted/],
    ['a single-dash form', ['-d', 'x'], /-d is not accepted/],
    ['an allowed flag with no value', ['--message'], /--message needs a value/],
  ])('%s', (_what, flags, refusal) => {
    expect(() => parseDeployArgs(['--env', 'production', ...flags])).toThrow(refusal);
  });

  it('passes on only the allowed flags, normalised, with their values', () => {
    const args = parseDeployArgs(['-e', 'staging', '--message', 'notes', '--tag=v1', '--outdir', 'out', '--dry-run']);
    expect(args).toEqual({
      env: 'staging',
      config: 'wrangler.toml',
      dryRun: true,
      rest: ['--message', 'notes', '--tag', 'v1', '--outdir', 'out'],
    });
  });

  it('from the command line, with a non-zero exit and the reason, before wrangler runs', () => {
    const noEnv = runDeploy(['--config', configFile(production(GOOD))]);
    expect(noEnv.status).toBe(1);
    expect(noEnv.stderr).toMatch(/deploy refused:\n {2}- no environment given/);
    const empty = runDeploy([
      '--env',
      'production',
      '--dry-run',
      '--config',
      configFile(production(GOOD.replace('"https://story.cambodia.org"', '""'))),
    ]);
    expect(empty.status).toBe(1);
    expect(empty.stderr).toMatch(/PUBLIC_ORIGIN is empty/);
    expect(empty.stdout).not.toMatch(/dry-run: exiting now/);
  }, 60_000);
});

describe('the shipped wrangler.toml', () => {
  it.each(['production', 'staging'])('passes the check for --env %s (dry run: its hostnames are placeholders)', (name) => {
    const config = checkDeploy(parseDeployArgs(['--env', name, '--dry-run']));
    expect(config.workers_dev).toBe(false);
    expect(config.routes?.length).toBeGreaterThan(0);
    expect(config.cache?.enabled).toBe(true);
  });

  it.each(['production', 'staging'])('--env %s runs the Worker first for every path but the static files the build writes', (name) => {
    const config = checkDeploy(parseDeployArgs(['--env', name, '--dry-run']));
    // STATIC_ASSET_PATHS is the one list: each of its paths is left to the asset server alone.
    expect(config.assets?.run_worker_first).toEqual(['/*', ...STATIC_ASSET_PATHS.map((p) => `!${p}`)]);
  });

  it('is refused for a real deploy until the placeholder hostname is replaced', () => {
    expect(() => checkDeploy(parseDeployArgs(['--env', 'production']))).toThrow(/placeholder hostname/);
  });

  it('`npm run deploy -- --env production --dry-run` goes through to wrangler with a non-empty https PUBLIC_ORIGIN', () => {
    const outdir = mkdtempSync(join(dir, 'out-'));
    const run = runDeploy(['--env', 'production', '--dry-run', '--outdir', outdir]);
    expect(run.stderr).not.toMatch(/refused/);
    expect(run.status).toBe(0);
    expect(run.stdout).toContain('--dry-run: exiting now');
    const origin = /env\.PUBLIC_ORIGIN \("([^"]*)"\)/.exec(run.stdout)?.[1];
    expect(origin).toMatch(/^https:\/\/[^/]+$/);
  }, 60_000);
});
