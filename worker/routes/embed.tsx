import { Hono } from 'hono';
import { findFigure } from '../content';
import type { AppEnv } from '../env';
import { RenderCache, respondRendered } from '../http/cached-response';
import { htmlHeaders } from '../http/headers';
import { FALLBACK_LOCALE } from '../i18n/locales';
import { requestedLang } from '../http/lang';
import { EmbedCard } from '../views/EmbedCard';
import { renderDocument } from '../views/Layout';
import { notFound } from '../http/errors';

const cards = new RenderCache('embed cards');

export const embedRoutes = new Hono<AppEnv>();

/** GET /embed/{id}?lang=<locale> — the card any site may frame. */
embedRoutes.get('/:id', (c) => {
  const figure = findFigure(c.req.param('id'));
  if (!figure) return notFound(c);
  const choice = requestedLang(c);
  if ('error' in choice) return choice.error;
  const lang = choice.locale ?? FALLBACK_LOCALE;
  return respondRendered(
    c,
    cards,
    `${figure.id}:${lang}`,
    () => renderDocument(<EmbedCard figure={figure} locale={lang} />),
    htmlHeaders('embed', lang),
  );
});
