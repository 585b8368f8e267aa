// Static files through the Worker. Workers Static Assets answers every method but GET and HEAD on
// a file it holds with a bare 405, without the Allow header RFC 9110 requires, and no _headers
// rule can add one; wrangler's asset router sends a request to the Worker first only by path
// (`assets.run_worker_first`), never by method. So every request runs the Worker first
// (wrangler.toml), which hands GET and HEAD of these paths back to the asset server (which still
// applies dist/public/_headers, ETags and 304s); every other method reaches readOnlyMethods, which
// answers 405 with Allow. A page then costs no asset lookup before the Worker, and a file the
// build did not name here is never served. With the Workers Cache in front, repeat asset requests
// still never run the Worker.
import type { MiddlewareHandler } from 'hono';
import type { AppEnv } from './env';

/** What scripts/build.ts writes to dist/public: hashed files under /assets/, and fixed names. */
export const STATIC_ASSET_PATHS = ['/assets/*', '/embed.js', '/robots.txt', '/favicon.svg'] as const;

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
  return res;
};
