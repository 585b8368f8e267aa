// The site's public origin is configuration (PUBLIC_ORIGIN in wrangler.toml, per environment;
// for `wrangler dev`, the address it serves on). It is never taken from the request: a Host
// header is the client's to choose, and links written from it would be cached for everyone.

function parseOrigin(configured: string | undefined): string | undefined {
  if (!configured) return undefined;
  try {
    const url = new URL(configured);
    if (url.protocol === 'https:' || url.protocol === 'http:') return url.origin;
  } catch {
    // not a URL
  }
  return undefined;
}

// An isolate is configured once: the last value parsed is kept, so a request parses none.
let parsed: { configured: string | undefined; origin: string | undefined } | undefined;

/** The origin every link, canonical URL and embed code is written with. */
export function siteOrigin(c: { env: { PUBLIC_ORIGIN?: string } }): string {
  const configured = c.env.PUBLIC_ORIGIN;
  if (parsed === undefined || parsed.configured !== configured) parsed = { configured, origin: parseOrigin(configured) };
  const origin = parsed.origin;
  // A deploy refuses an empty origin (scripts/deploy.ts); reaching this is a configuration error.
  if (!origin) throw new Error('PUBLIC_ORIGIN must be the http(s) origin the site is served at (wrangler.toml)');
  return origin;
}
