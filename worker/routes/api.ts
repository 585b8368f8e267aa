import { Hono, type Context } from 'hono';
import { csvFileName, prevalenceCsv } from '../api/csv';
import { openApiDocument } from '../api/openapi';
import { responseSchema } from '../api/schema';
import { API_VERSION, datasetJson, figureJson, figureOrUndefined } from '../api/serialize';
import { dataset } from '../content';
import type { AppEnv } from '../env';
import { RenderCache, respondRendered } from '../http/cached-response';
import { API_CACHE } from '../http/headers';
import { siteOrigin } from '../http/origin';
import { FALLBACK_LOCALE, LOCALES, isLocale, type Locale } from '../i18n/locales';
import { publicCors } from '../http/cors';
import { problem } from '../http/problem';

const bodies = new RenderCache();
const MAX_QUERY_LENGTH = 1024;
const LAST_MODIFIED = new Date(`${dataset.lastUpdated}T00:00:00Z`).toUTCString();

type LangResult = { locale: Locale | undefined } | { error: Response };

/** Reads ?lang=; absent is fine, anything but en or km is a 400 that names the supported values. */
function readLang(c: Context<AppEnv>): LangResult {
  const values = c.req.queries('lang');
  if (!values) return { locale: undefined };
  const [value] = values;
  if (values.length === 1 && isLocale(value)) return { locale: value };
  return {
    error: problem(c, {
      title: 'Unsupported language',
      status: 400,
      detail: `lang must be one of: ${LOCALES.join(', ')}.`,
      supported: [...LOCALES],
    }),
  };
}

function respondBody(c: Context<AppEnv>, key: string, contentType: string, render: () => string, extra: Record<string, string> = {}) {
  return respondRendered(c, bodies, key, render, {
    'Content-Type': contentType,
    'Cache-Control': API_CACHE,
    'Last-Modified': LAST_MODIFIED,
    ...extra,
  });
}

export const apiRoutes = new Hono<AppEnv>();

apiRoutes.use('/api/*', publicCors);

apiRoutes.use('/api/*', async (c, next) => {
  const query = new URL(c.req.url).search;
  if (query.length > MAX_QUERY_LENGTH) {
    return problem(c, { title: 'URI Too Long', status: 414, detail: `The query may be at most ${MAX_QUERY_LENGTH} characters.` });
  }
  return next();
});

const JSON_TYPE = 'application/json; charset=utf-8';
const base = `/api/${API_VERSION}`;

apiRoutes.get(`${base}/prevalence`, (c) => {
  const lang = readLang(c);
  if ('error' in lang) return lang.error;
  const origin = siteOrigin(c);
  return respondBody(c, `dataset:${lang.locale}:${origin}`, JSON_TYPE, () => JSON.stringify(datasetJson({ origin }, lang.locale)));
});

apiRoutes.get(`${base}/prevalence.csv`, (c) => {
  const lang = readLang(c);
  if ('error' in lang) return lang.error;
  const locale = lang.locale ?? FALLBACK_LOCALE;
  return respondBody(c, `csv:${locale}`, 'text/csv; charset=utf-8; header=present', () => prevalenceCsv(locale), {
    'Content-Disposition': `attachment; filename="${csvFileName(locale)}"`,
  });
});

apiRoutes.get(`${base}/prevalence/:id`, (c) => {
  const lang = readLang(c);
  if ('error' in lang) return lang.error;
  const figure = figureOrUndefined(c.req.param('id'));
  if (!figure) {
    return problem(c, {
      title: 'Unknown figure',
      status: 404,
      detail: `There is no figure with this id. The list of figures and their ids is at ${base}/prevalence.`,
      figures: `${base}/prevalence`,
    });
  }
  const origin = siteOrigin(c);
  return respondBody(c, `figure:${figure.id}:${lang.locale}:${origin}`, JSON_TYPE, () =>
    JSON.stringify(figureJson(figure, { origin }, lang.locale)),
  );
});

apiRoutes.get(`${base}/schema.json`, (c) =>
  respondBody(c, 'schema', 'application/schema+json; charset=utf-8', () => JSON.stringify(responseSchema)),
);

apiRoutes.get(`${base}/openapi.json`, (c) => {
  const origin = siteOrigin(c);
  return respondBody(c, `openapi:${origin}`, JSON_TYPE, () => JSON.stringify(openApiDocument(origin)));
});
