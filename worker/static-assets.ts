// Static files. wrangler.toml's run_worker_first sends every path to the Worker except these, so
// the asset server answers them alone, with dist/public/_headers, ETags and 304s, and they cost no
// Worker request (on the free plan, Worker requests past the daily limit are refused). The asset
// server answers another method with a bare 405, without Allow: the accepted price (docs/security.md).
// The Worker still meets a static path when the router does not match its spelling (/embed%2Ejs,
// which the asset server then redirects): serveStaticAsset hands it over, and keeps the file's
// policy on the redirect. A test holds this list and wrangler.toml's equal (test/unit/deploy.test.ts).
import type { MiddlewareHandler } from 'hono';
import type { AppEnv } from './env';

/** What scripts/build.ts writes to dist/public: hashed files under /assets/, and fixed names. */
export const STATIC_ASSET_PATHS = ['/assets/*', '/embed.js', '/robots.txt', '/favicon.svg', '/logo.png'] as const;

export function isStaticAssetPath(path: string): boolean {
  return STATIC_ASSET_PATHS.some((p) => (p.endsWith('/*') ? path.startsWith(p.slice(0, -1)) : path === p));
}

/**
 * Mount before any middleware, for GET and HEAD only:
 *   app.on(['GET', 'HEAD'], [...STATIC_ASSET_PATHS], serveStaticAsset);
 * The asset server's own headers are kept as they are (a font or bundle is cross-origin, unlike a
 * page). A file it does not hold falls through to the app's own 404 page.
 */
export const serveStaticAsset: MiddlewareHandler<AppEnv> = async (c, next) => {
  const res = await c.env.ASSETS.fetch(c.req.raw);
  if (res.status === 404) return next();
  const location = res.headers.get('Location');
  if (res.status >= 300 && res.status < 400 && location) return redirectLikeItsFile(c.env.ASSETS, res, new URL(location, c.req.url));
  return res;
};

// Who may load the file, and for how long: the headers _headers gives it.
const FILE_POLICY = ['Cross-Origin-Resource-Policy', 'Access-Control-Allow-Origin', 'Cache-Control'];

/**
 * The asset server normalises a path (/embed%2Ejs → 307 /embed.js) with a bare redirect. A partner
 * whose page loads that spelling must meet the file's own policy on the way: the same CORP, CORS
 * and caching as the file.
 */
async function redirectLikeItsFile(assets: Fetcher, redirect: Response, target: URL): Promise<Response> {
  const file = await assets.fetch(new Request(target, { method: 'HEAD' }));
  const out = new Response(redirect.body, redirect);
  for (const name of FILE_POLICY) {
    const value = file.headers.get(name);
    if (value) out.headers.set(name, value);
  }
  return out;
}
