import type { MiddlewareHandler } from 'hono';
import type { AppEnv } from '../env';
import { PRIVATE_NO_STORE } from './headers';
import { siteOrigin } from './origin';

/**
 * A read for another host (a workers.dev name, a spoofed Host) is sent to the same path and query
 * on the public origin. Nothing the Worker renders ever carries the request's own host.
 */
export const canonicalHost: MiddlewareHandler<AppEnv> = async (c, next) => {
  const origin = siteOrigin(c);
  const url = new URL(c.req.url);
  if (url.origin === origin || (c.req.method !== 'GET' && c.req.method !== 'HEAD')) return next();
  return new Response(null, {
    status: 301,
    // Private: a shared cache keyed by the wrong host must not keep it.
    headers: { Location: origin + url.pathname + url.search, 'Cache-Control': PRIVATE_NO_STORE },
  });
};
