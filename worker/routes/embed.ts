import { Hono } from 'hono';
import { findFigure } from '../content';
import type { AppEnv } from '../env';
import { respondBuilt } from '../http/cached-response';
import { htmlHeaders } from '../http/headers';
import { FALLBACK_LOCALE } from '../i18n/locales';
import { requestedLang } from '../http/lang';
import { notFound } from '../http/errors';
import { builtKey } from '../prerender/keys';

// Rendered at build time for every figure and language (worker/prerender/renders.tsx, renderEmbedCard).
export const embedRoutes = new Hono<AppEnv>();

/** GET /embed/{id}?lang=<locale> — the card any site may frame. */
embedRoutes.get('/:id', (c) => {
  const figure = findFigure(c.req.param('id'));
  if (!figure) return notFound(c);
  const choice = requestedLang(c);
  if ('error' in choice) return choice.error;
  const lang = choice.locale ?? FALLBACK_LOCALE;
  return respondBuilt(c, builtKey.embed(figure.id, lang), htmlHeaders('embed', lang));
});
