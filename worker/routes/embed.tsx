import { Hono } from 'hono';
import { findFigure } from '../content';
import type { AppEnv } from '../env';
import { RenderCache, respondRendered } from '../http/cached-response';
import { API_CACHE, HTML_TYPE } from '../http/headers';
import { FALLBACK_LOCALE, isLocale } from '../i18n/locales';
import { EmbedCard } from '../views/EmbedCard';
import { renderDocument } from '../views/Layout';
import { notFound } from '../http/errors';

const cards = new RenderCache();

export const embedRoutes = new Hono<AppEnv>();

/** GET /embed/{id}?lang=<locale> — the card any site may frame. */
embedRoutes.get('/embed/:id', (c) => {
  const figure = findFigure(c.req.param('id'));
  const lang = c.req.query('lang') ?? FALLBACK_LOCALE;
  // An HTML route answers with HTML: an unknown language is a card that does not exist.
  if (!figure || !isLocale(lang)) return notFound(c);
  return respondRendered(c, cards, `${figure.id}:${lang}`, () => renderDocument(<EmbedCard figure={figure} locale={lang} />), {
    'Content-Type': HTML_TYPE,
    'Cache-Control': API_CACHE,
  });
});
