import type { MiddlewareHandler } from 'hono';
import type { AppEnv } from '../env';
import { ALLOWED_METHODS } from './allowed-methods';
import { publicCors } from './cors';
import { methodNotAllowed } from './errors';
import { responseKind } from './security';

/**
 * The site is read-only: GET and HEAD everywhere, OPTIONS answered here except on data routes,
 * where the CORS middleware answers preflights. Everything else is a 405 with Allow.
 */
export const readOnlyMethods: MiddlewareHandler<AppEnv> = async (c, next) => {
  const method = c.req.method;
  if (method === 'GET' || method === 'HEAD') return next();
  if (method === 'OPTIONS') {
    if (responseKind(c.req.path) === 'data') {
      // The CORS middleware answers the preflight; Allow still says what the resource supports.
      await next();
      c.res.headers.set('Allow', ALLOWED_METHODS);
      return;
    }
    return new Response(null, { status: 204, headers: { Allow: ALLOWED_METHODS } });
  }
  if (responseKind(c.req.path) === 'data') {
    // Partners' scripts must be able to read why their request was refused.
    await publicCors(c, async () => {
      c.res = methodNotAllowed(c);
    });
    return c.res;
  }
  return methodNotAllowed(c);
};
