import { Hono } from 'hono';
import type { AppEnv } from '../env';
import { localeFromAcceptLanguage } from '../i18n/negotiate';

export const negotiateRoutes = new Hono<AppEnv>();

/** `/` sends each reader to their language; the answer depends on headers, so caches must key on them. */
negotiateRoutes.get('/', (c) => {
  const locale = localeFromAcceptLanguage(c.req.header('Accept-Language'));
  return new Response(null, {
    status: 302,
    headers: {
      Location: `/${locale}/`,
      Vary: 'Accept-Language',
      'Cache-Control': 'private, no-store',
    },
  });
});
