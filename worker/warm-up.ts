// A fresh isolate's first request would pay for V8 compiling every function it calls the first
// time (Hono's dispatch, the middleware, the route, the built bodies). The Worker's global scope
// sends a few requests through the app at start-up instead, with no I/O, so readers' requests find
// that code compiled (issue 18: the first request ≤ 2 ms of CPU). Start-up pays for it once.
import type { Hono } from 'hono';
import { shareableFigures } from './content';
import type { AppEnv, Env } from './env';
import { isolateCaches } from './http/isolate-cache';
import { FALLBACK_LOCALE } from './i18n/locales';
import { API_BASE } from './routes/api';

/** A reserved origin (RFC 2606): nothing it builds is kept, and no reader can ask for it. */
const WARM_ORIGIN = 'https://warm-up.invalid';

/** One of each kind of route that answers from the built bodies, or by the query. */
export function warmUpPaths(): string[] {
  const figure = shareableFigures[0]!.id;
  return [
    '/',
    `/${FALLBACK_LOCALE}/sources`,
    `${API_BASE}/prevalence/${figure}`,
    `/oembed?url=${encodeURIComponent(`${WARM_ORIGIN}/${FALLBACK_LOCALE}/`)}`,
  ];
}

/**
 * Runs the requests and forgets what they built: the isolate caches are keyed by origin, and the
 * warm-up origin's entries would only take room. Resolves to their statuses, for the test.
 */
export async function warmUp(app: Hono<AppEnv>): Promise<number[]> {
  const env = { PUBLIC_ORIGIN: WARM_ORIGIN } as Env;
  // All at once: each runs to its end in the microtasks after the global scope, before any request.
  // HEAD: the global scope may not make a Response with a body (workerd refuses it as I/O), and
  // a HEAD runs the same code as a GET up to the body.
  const init = { method: 'HEAD', headers: { 'Accept-Language': FALLBACK_LOCALE } };
  try {
    const answers = await Promise.all(warmUpPaths().map((path) => app.fetch(new Request(WARM_ORIGIN + path, init), env)));
    return answers.map((res) => res.status);
  } finally {
    for (const cache of isolateCaches) cache.clear();
  }
}
