// `npm run deploy -- --env production|staging [--dry-run]`: deploys only a config that serves the
// story at its one public address. It reads the environment as wrangler resolves it (vars and
// routes are per environment, cache is inherited) and refuses, before anything is uploaded, a
// deploy that would write an empty, http or foreign origin into canonical links, or that has
// nowhere to serve but a workers.dev name.
import { spawnSync } from 'node:child_process';
import { unstable_readConfig } from 'wrangler';

/** The part of wrangler's resolved config this check reads. */
export interface DeployConfig {
  vars?: Record<string, unknown>;
  routes?: Array<string | { pattern: string; custom_domain?: boolean }>;
  route?: string | { pattern: string; custom_domain?: boolean };
  workers_dev?: boolean;
  preview_urls?: boolean;
  keep_vars?: boolean;
  cache?: { enabled: boolean };
  assets?: { run_worker_first?: boolean | string[] };
}

export interface DeployArgs {
  env?: string;
  config: string;
  dryRun: boolean;
  /** Allowed flags, passed on to `wrangler deploy` as given. */
  rest: string[];
}

/**
 * The only flags passed on to wrangler, each with whether it takes a value. Everything else that
 * changes what goes out (vars, routes, domains, another folder, entry point, assets, defines)
 * belongs in wrangler.toml, where the check reads it; wrangler has many ways to say each, so an
 * allowlist, not a list of refusals.
 */
const PASSED_ON: Record<string, boolean> = { outdir: true, message: true, tag: true };

/** "--dryRun=false" as wrangler reads it: kebab-case name, and its value. */
function normalise(arg: string): { name: string; inline?: string } {
  const at = arg.indexOf('=');
  const raw = (at >= 0 ? arg.slice(0, at) : arg).replace(/^--?/, '');
  const name = raw.replace(/([a-z0-9])([A-Z])/g, '$1-$2').toLowerCase();
  return at >= 0 ? { name, inline: arg.slice(at + 1) } : { name };
}

export function parseDeployArgs(argv: string[]): DeployArgs {
  const args: DeployArgs = { config: 'wrangler.toml', dryRun: false, rest: [] };
  const refuse = (why: string): never => {
    throw new DeployRefused([why]);
  };
  for (let i = 0; i < argv.length; i++) {
    const arg = argv[i] ?? '';
    if (!arg.startsWith('-')) refuse(`${JSON.stringify(arg)}: no positional arguments (an entry point is set in wrangler.toml)`);
    const { name, inline } = normalise(arg);
    const value = (): string => inline ?? (argv[i + 1]?.startsWith('-') === false ? argv[++i]! : refuse(`${arg} needs a value`));
    if (name === 'env' || name === 'e') args.env = value();
    else if (name === 'config' || name === 'c') args.config = value();
    else if (name === 'dry-run') {
      // Only the plain flag: "--dry-run=false" or a later "--no-dry-run" would make a checked
      // dry run a real deploy.
      if (inline !== undefined) refuse(`${arg}: give --dry-run alone, or leave it out for a real deploy`);
      args.dryRun = true;
    } else if (name === 'no-dry-run') refuse(`${arg}: give --dry-run alone, or leave it out for a real deploy`);
    else if (name in PASSED_ON) {
      args.rest.push(`--${name}`);
      args.rest.push(value());
    } else {
      refuse(
        `${arg} is not accepted: set it in the environment's section of wrangler.toml (passed on: --${Object.keys(PASSED_ON).join(', --')})`,
      );
    }
  }
  return args;
}

export class DeployRefused extends Error {
  constructor(readonly problems: string[]) {
    super(`deploy refused:\n${problems.map((p) => `  - ${p}`).join('\n')}`);
  }
}

// RFC 2606 and RFC 6761 names: fine to check a config with, never a real site.
const PLACEHOLDER_HOST = /(^|\.)(example\.(com|net|org)|example|test|invalid|localhost)$/i;

const routeHost = (route: string | { pattern: string }): string => {
  const pattern = typeof route === 'string' ? route : route.pattern;
  return (
    pattern
      .replace(/^[a-z]+:\/\//i, '')
      .split('/')[0]
      ?.replace(/^\*\.?/, '')
      .toLowerCase() ?? ''
  );
};

/**
 * Every reason the resolved config of `env` must not be deployed; empty when it may. A dry run
 * may use placeholder hostnames; a real deploy may not.
 */
export function deployProblems(env: string | undefined, config: DeployConfig, options: { dryRun: boolean }): string[] {
  if (!env) return ['no environment given: run `npm run deploy -- --env production` (or --env staging)'];
  const problems: string[] = [];
  const origin = config.vars?.PUBLIC_ORIGIN;
  let originUrl: URL | undefined;
  if (typeof origin !== 'string' || origin.trim() === '') {
    problems.push(`[env.${env}.vars] PUBLIC_ORIGIN is empty: set it to the https origin readers use, e.g. "https://story.example.org"`);
  } else {
    try {
      originUrl = new URL(origin);
    } catch {
      problems.push(`PUBLIC_ORIGIN ${JSON.stringify(origin)} is not a URL`);
    }
    if (originUrl && originUrl.protocol !== 'https:') problems.push(`PUBLIC_ORIGIN ${JSON.stringify(origin)} is not https`);
    else if (originUrl && originUrl.origin !== origin) {
      problems.push(
        `PUBLIC_ORIGIN ${JSON.stringify(origin)} must be a bare origin (${JSON.stringify(originUrl.origin)}), with no path, query or trailing slash`,
      );
    }
  }

  const routes = [...(config.routes ?? []), ...(config.route ? [config.route] : [])];
  if (routes.length === 0) {
    problems.push(`[env.${env}] has no routes: add routes = [{ pattern = "story.example.org", custom_domain = true }]`);
  } else if (originUrl?.protocol === 'https:') {
    const hosts = routes.map(routeHost);
    if (!hosts.includes(originUrl.hostname)) {
      problems.push(
        `PUBLIC_ORIGIN's host ${originUrl.hostname} is not among the routes (${hosts.join(', ')}): canonical links would point elsewhere`,
      );
    }
  }
  if (config.workers_dev !== false)
    problems.push(`[env.${env}] workers_dev must be false: a workers.dev name would serve a second copy of the story`);
  if (config.preview_urls !== false) problems.push(`[env.${env}] preview_urls must be false`);
  if (config.keep_vars) problems.push('keep_vars must be false: wrangler.toml, not the dashboard, sets PUBLIC_ORIGIN');
  if (config.cache?.enabled !== true)
    problems.push('[cache] enabled = true is missing: the Workers Cache must stand in front of the Worker');

  if (!options.dryRun) {
    const placeholders = [originUrl?.hostname, ...routes.map(routeHost)].filter((h): h is string => !!h && PLACEHOLDER_HOST.test(h));
    if (placeholders.length > 0) {
      problems.push(
        `placeholder hostname(s) ${[...new Set(placeholders)].join(', ')}: put the real hostname in [env.${env}] (routes and PUBLIC_ORIGIN); --dry-run accepts placeholders`,
      );
    }
  }
  return problems;
}

/** Resolves the environment as wrangler would and throws DeployRefused when it must not go out. */
export function checkDeploy(args: DeployArgs): DeployConfig {
  if (!args.env) throw new DeployRefused(deployProblems(undefined, {}, args));
  let config: DeployConfig;
  try {
    config = unstable_readConfig({ config: args.config, env: args.env }) as DeployConfig;
  } catch (error) {
    throw new DeployRefused([error instanceof Error ? error.message : String(error)]);
  }
  const problems = deployProblems(args.env, config, args);
  if (problems.length > 0) throw new DeployRefused(problems);
  return config;
}

function main(): number {
  let args: DeployArgs;
  try {
    args = parseDeployArgs(process.argv.slice(2));
    checkDeploy(args);
  } catch (error) {
    if (!(error instanceof DeployRefused)) throw error;
    console.error(error.message);
    return 1;
  }
  // --dry-run last: nothing after it can take it back.
  const wranglerArgs = ['deploy', '--config', args.config, '--env', args.env ?? '', ...args.rest, ...(args.dryRun ? ['--dry-run'] : [])];
  console.log(`deploy: ${args.env} checked; wrangler ${wranglerArgs.join(' ')}`);
  // CLOUDFLARE_ENV would pick an environment behind the check's back; --env is the only choice.
  const { CLOUDFLARE_ENV: _ignored, ...env } = process.env;
  const result = spawnSync('node_modules/.bin/wrangler', wranglerArgs, { stdio: 'inherit', env });
  return result.status ?? 1;
}

if (import.meta.url === `file://${process.argv[1]}`) process.exit(main());
