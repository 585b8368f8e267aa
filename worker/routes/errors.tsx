// Error answers: localized HTML pages for readers, problem+json (RFC 9457) for the API.
import type { Context } from 'hono';
import type { AppEnv } from '../env';
import { HTML_TYPE, PRIVATE_NO_STORE } from '../http/headers';
import { responseKind } from '../http/security';
import { isLocale, type Locale } from '../i18n/locales';
import { localeFromAcceptLanguage } from '../i18n/negotiate';
import { ErrorPage, type ErrorKind } from '../views/ErrorPage';
import { renderDocument } from '../views/Layout';

export const ALLOWED_METHODS = 'GET, HEAD, OPTIONS';

const rendered = new Map<string, string>();

/** The locale a lost reader most likely reads: the path's prefix, else their Accept-Language. */
export function localeForPath(path: string, acceptLanguage: string | undefined): Locale {
  const prefix = path.split('/')[1];
  return isLocale(prefix) ? prefix : localeFromAcceptLanguage(acceptLanguage);
}

function errorPage(c: Context<AppEnv>, kind: ErrorKind, status: 404 | 405 | 500, extra: Record<string, string> = {}) {
  const locale = localeForPath(c.req.path, c.req.header('Accept-Language'));
  const key = `${kind}:${locale}`;
  let body = rendered.get(key);
  if (!body) {
    body = renderDocument(<ErrorPage locale={locale} kind={kind} />);
    rendered.set(key, body);
  }
  return new Response(c.req.method === 'HEAD' ? null : body, {
    status,
    headers: { 'Content-Type': HTML_TYPE, 'Cache-Control': PRIVATE_NO_STORE, Vary: 'Accept-Language', ...extra },
  });
}

export interface Problem {
  type?: string;
  title: string;
  status: number;
  detail?: string;
  [extension: string]: unknown;
}

/** An RFC 9457 problem details response. */
export function problem(c: Context<AppEnv>, body: Problem, extra: Record<string, string> = {}): Response {
  return new Response(c.req.method === 'HEAD' ? null : JSON.stringify({ type: 'about:blank', ...body }), {
    status: body.status,
    headers: { 'Content-Type': 'application/problem+json; charset=utf-8', 'Cache-Control': PRIVATE_NO_STORE, ...extra },
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
