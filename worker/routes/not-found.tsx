import type { Context } from 'hono';
import type { AppEnv } from '../env';
import { HTML_TYPE, PRIVATE_NO_STORE } from '../http/headers';
import { isLocale, type Locale } from '../i18n/locales';
import { localeFromAcceptLanguage } from '../i18n/negotiate';
import { renderDocument } from '../views/Layout';
import { NotFoundPage } from '../views/NotFoundPage';

const rendered = new Map<Locale, string>();

/** The locale a lost reader most likely reads: the path's prefix, else their Accept-Language. */
export function localeForPath(path: string, acceptLanguage: string | undefined): Locale {
  const prefix = path.split('/')[1];
  return isLocale(prefix) ? prefix : localeFromAcceptLanguage(acceptLanguage);
}

export function notFound(c: Context<AppEnv>): Response {
  const locale = localeForPath(c.req.path, c.req.header('Accept-Language'));
  let body = rendered.get(locale);
  if (!body) {
    body = renderDocument(<NotFoundPage locale={locale} />);
    rendered.set(locale, body);
  }
  return new Response(c.req.method === 'HEAD' ? null : body, {
    status: 404,
    headers: { 'Content-Type': HTML_TYPE, 'Cache-Control': PRIVATE_NO_STORE, Vary: 'Accept-Language' },
  });
}
