import { Hono, type Context } from 'hono';
import { API_VERSION } from '../api/version';
import { dataset, findFigure } from '../content';
import type { AppEnv } from '../env';
import { respondBuilt } from '../http/cached-response';
import { publicHeaders } from '../http/headers';
import { FALLBACK_LOCALE } from '../i18n/locales';
import { builtKey } from '../prerender/keys';
import { publicCors } from '../http/cors';
import { requestedLang } from '../http/lang';
import { problem } from '../http/problem';

const MAX_QUERY_LENGTH = 1024;
const LAST_MODIFIED = new Date(`${dataset.lastUpdated}T00:00:00Z`).toUTCString();

// The bodies are built at deploy time (worker/prerender/renders.tsx); a route picks one by key.
function respondBody(c: Context<AppEnv>, key: string, contentType: string) {
  return respondBuilt(c, key, { ...publicHeaders('api', contentType), 'Last-Modified': LAST_MODIFIED });
}

/** Every /api/ address, versioned or not: open to any origin, with a bounded query. */
export const apiGuards = new Hono<AppEnv>();

apiGuards.use('*', publicCors);

apiGuards.use('*', async (c, next) => {
  const query = new URL(c.req.url).search;
  if (query.length > MAX_QUERY_LENGTH) {
    return problem(c, { title: 'URI Too Long', status: 414, detail: `The query may be at most ${MAX_QUERY_LENGTH} characters.` });
  }
  return next();
});

/** The routes of one API version, mounted at /api/{version}. */
export const apiRoutes = new Hono<AppEnv>();

const JSON_TYPE = 'application/json; charset=utf-8';
export const API_BASE = `/api/${API_VERSION}`;
const base = API_BASE;

apiRoutes.get(`/prevalence`, (c) => {
  const lang = requestedLang(c);
  if ('error' in lang) return lang.error;
  return respondBody(c, builtKey.dataset(lang.locale), JSON_TYPE);
});

apiRoutes.get(`/prevalence.csv`, (c) => {
  const lang = requestedLang(c);
  if ('error' in lang) return lang.error;
  return respondBody(c, builtKey.csv(lang.locale ?? FALLBACK_LOCALE), 'text/csv; charset=utf-8; header=present');
});

apiRoutes.get(`/prevalence/:id`, (c) => {
  const lang = requestedLang(c);
  if ('error' in lang) return lang.error;
  const figure = findFigure(c.req.param('id'));
  if (!figure) {
    return problem(c, {
      title: 'Unknown figure',
      status: 404,
      detail: `There is no figure with this id. The list of figures and their ids is at ${base}/prevalence.`,
      figures: `${base}/prevalence`,
    });
  }
  return respondBody(c, builtKey.apiFigure(figure.id, lang.locale), JSON_TYPE);
});

apiRoutes.get(`/schema.json`, (c) => respondBody(c, builtKey.schema(), 'application/schema+json; charset=utf-8'));

apiRoutes.get(`/openapi.json`, (c) => respondBody(c, builtKey.openapi(), JSON_TYPE));
