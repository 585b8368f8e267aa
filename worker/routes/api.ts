import { Hono, type Context } from 'hono';
import { csvFileName, prevalenceCsv } from '../api/csv';
import { openApiDocument } from '../api/openapi';
import { responseSchema } from '../api/schema';
import { API_VERSION, datasetJson, figureJson } from '../api/serialize';
import { dataset, findFigure } from '../content';
import type { AppEnv } from '../env';
import { RenderCache, respondRendered } from '../http/cached-response';
import { publicHeaders } from '../http/headers';
import { siteOrigin } from '../http/origin';
import { FALLBACK_LOCALE, LOCALES, isLocale, type Locale } from '../i18n/locales';
import { publicCors } from '../http/cors';
import { requestedLang } from '../http/lang';
import { problem } from '../http/problem';

const bodies = new RenderCache('API bodies');
const MAX_QUERY_LENGTH = 1024;
const LAST_MODIFIED = new Date(`${dataset.lastUpdated}T00:00:00Z`).toUTCString();

function respondBody(c: Context<AppEnv>, key: string, contentType: string, render: () => string, extra: Record<string, string> = {}) {
  return respondRendered(c, bodies, key, render, {
    ...publicHeaders('api', contentType),
    'Last-Modified': LAST_MODIFIED,
    ...extra,
  });
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
  const origin = siteOrigin(c);
  return respondBody(c, `dataset:${lang.locale}`, JSON_TYPE, () => JSON.stringify(datasetJson({ origin }, lang.locale)));
});

apiRoutes.get(`/prevalence.csv`, (c) => {
  const lang = requestedLang(c);
  if ('error' in lang) return lang.error;
  const locale = lang.locale ?? FALLBACK_LOCALE;
  return respondBody(c, `csv:${locale}`, 'text/csv; charset=utf-8; header=present', () => prevalenceCsv(locale), {
    'Content-Disposition': `attachment; filename="${csvFileName(locale)}"`,
  });
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
  const origin = siteOrigin(c);
  return respondBody(c, `figure:${figure.id}:${lang.locale}`, JSON_TYPE, () => JSON.stringify(figureJson(figure, { origin }, lang.locale)));
});

apiRoutes.get(`/schema.json`, (c) =>
  respondBody(c, 'schema', 'application/schema+json; charset=utf-8', () =>
    // Its $id names where it is published: the public origin.
    JSON.stringify({ ...responseSchema, $id: `${siteOrigin(c)}${API_BASE}/schema.json` }),
  ),
);

apiRoutes.get(`/openapi.json`, (c) => {
  const origin = siteOrigin(c);
  return respondBody(c, 'openapi', JSON_TYPE, () => JSON.stringify(openApiDocument(origin)));
});
