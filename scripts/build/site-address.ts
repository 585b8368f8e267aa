// The short address printed on share cards and downloads: the production host, read from
// wrangler.toml ([env.production.vars] PUBLIC_ORIGIN) as wrangler resolves it. Cards are built
// once, before any deploy, so they name the address readers are given, whichever environment
// serves them; the Worker's own links come from its PUBLIC_ORIGIN at run time.
import { unstable_readConfig } from 'wrangler';

export function siteAddress(config = 'wrangler.toml'): string {
  const origin = unstable_readConfig({ config, env: 'production' }).vars?.PUBLIC_ORIGIN;
  if (typeof origin !== 'string') throw new Error(`${config}: [env.production.vars] PUBLIC_ORIGIN is not set`);
  return new URL(origin).host;
}
