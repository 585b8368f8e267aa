import { Hono } from 'hono';
import type { AppEnv } from '../env';
import { negotiateLocale } from '../i18n/negotiate';
import { PRIVATE_NO_STORE } from '../http/headers';

export const negotiateRoutes = new Hono<AppEnv>();

/**
 * `/` sends each reader to their language. The answer depends on the cookie and Accept-Language,
 * so shared caches must not keep it, and private ones must key on both.
 */
negotiateRoutes.get('/', (c) => {
  const locale = negotiateLocale({ cookie: c.req.header('Cookie'), acceptLanguage: c.req.header('Accept-Language') });
  return new Response(null, {
    status: 302,
    headers: {
      // The query is kept: a shared link's campaign tags must survive the redirect.
      Location: `/${locale}/${new URL(c.req.url).search}`,
      Vary: 'Accept-Language, Cookie',
      'Cache-Control': PRIVATE_NO_STORE,
    },
  });
});
