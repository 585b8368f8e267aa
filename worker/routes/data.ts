import { Hono } from 'hono';
import { findFigure, shareableFigures } from '../content';
import type { AppEnv } from '../env';
import { respondBuilt } from '../http/cached-response';
import { htmlHeaders } from '../http/headers';
import { LOCALES } from '../i18n/locales';
import { requestedLang } from '../http/lang';
import { builtKey } from '../prerender/keys';

// Rendered at build time for every figure and language (worker/prerender/renders.tsx, renderDataPage).
const DEFAULT_FIGURE = 'minors-2015';

export const dataRoutes = new Hono<AppEnv>();

for (const locale of LOCALES) {
  /** The picker is a plain GET form: each choice is its own cacheable URL, and needs no script. */
  dataRoutes.get(`/${locale}/data`, (c) => {
    const requested = findFigure(c.req.query('figure') ?? DEFAULT_FIGURE);
    const figure = requested && shareableFigures.includes(requested) ? requested : findFigure(DEFAULT_FIGURE)!;
    const choice = requestedLang(c);
    if ('error' in choice) return choice.error;
    const lang = choice.locale ?? locale;
    return respondBuilt(c, builtKey.data(locale, figure.id, lang), htmlHeaders('data-page', locale));
  });
}
