// Error answers: localized HTML pages for readers, problem+json (RFC 9457) for the API.
import type { Context } from 'hono';
import type { AppEnv } from '../env';
import { HTML_TYPE, PRIVATE_NO_STORE } from './headers';
import { ALLOWED_METHODS } from './allowed-methods';
import { problem } from './problem';
import { responseKind } from './security';
import { isLocale, type Locale } from '../i18n/locales';
import { localeFromAcceptLanguage } from '../i18n/negotiate';
import type { ErrorKind } from '../views/ErrorPage';
import { builtKey } from '../prerender/keys';
import { builtBody, filledBytes } from './built-bodies';
import { IsolateCache } from './isolate-cache';
import { siteOrigin } from './origin';

// Error pages are built per kind and locale; not stored (no-store), so they need no ETag.
const served = new IsolateCache<Uint8Array<ArrayBuffer>>('error pages with the origin');

/** The locale a lost reader most likely reads: the path's prefix, a valid ?lang=, else their Accept-Language. */
function readerLocale(c: Context<AppEnv>): Locale {
  const prefix = c.req.path.split('/')[1];
  if (isLocale(prefix)) return prefix;
  const lang = c.req.query('lang');
  return isLocale(lang) ? lang : localeFromAcceptLanguage(c.req.header('Accept-Language'));
}

function errorPage(c: Context<AppEnv>, kind: ErrorKind, status: 400 | 404 | 405 | 500, extra: Record<string, string> = {}) {
  const locale = readerLocale(c);
  const key = builtKey.error(kind, locale);
  const built = builtBody(key);
  // Only a build that wrote no error pages gets here; a bare answer still says what happened.
  if (!built) return new Response(null, { status, headers: { 'Cache-Control': PRIVATE_NO_STORE, ...extra } });
  // The origin is asked for only where the page names it (an app with no configuration still answers).
  const origin = built.holes.length === 0 ? '' : siteOrigin(c);
  const body = served.get(`${origin} ${key}`, () => filledBytes(built, () => origin));
  return new Response(c.req.method === 'HEAD' ? null : body, {
    status,
    headers: { 'Content-Type': HTML_TYPE, 'Cache-Control': PRIVATE_NO_STORE, Vary: 'Accept-Language', ...extra },
  });
}

export function notFound(c: Context<AppEnv>): Response {
  if (responseKind(c.req.path) === 'data') {
    return problem(c, {
      title: 'Not Found',
      status: 404,
      detail: 'There is nothing at this address. The list of figures is at /api/v1/prevalence.',
      figures: '/api/v1/prevalence',
      openapi: '/api/v1/openapi.json',
    });
  }
  return errorPage(c, 'notFound', 404);
}

/** A `lang` this site does not have: the supported codes, never a silent fallback. */
export function badLanguage(c: Context<AppEnv>, supported: readonly string[]): Response {
  if (responseKind(c.req.path) === 'data') {
    return problem(c, {
      title: 'Unsupported language',
      status: 400,
      detail: `lang must be one of: ${supported.join(', ')}.`,
      supported: [...supported],
    });
  }
  return errorPage(c, 'error.language', 400);
}

export function methodNotAllowed(c: Context<AppEnv>): Response {
  const allow = { Allow: ALLOWED_METHODS };
  if (responseKind(c.req.path) === 'data') {
    return problem(c, { title: 'Method Not Allowed', status: 405, detail: `Use one of: ${ALLOWED_METHODS}.` }, allow);
  }
  return errorPage(c, 'error.method', 405, allow);
}

/** Never leaks the error: logs it, and answers like any other error page. */
export function serverError(error: unknown, c: Context<AppEnv>): Response {
  console.error(error);
  if (responseKind(c.req.path) === 'data') {
    return problem(c, { title: 'Internal Server Error', status: 500 });
  }
  return errorPage(c, 'error.server', 500);
}
