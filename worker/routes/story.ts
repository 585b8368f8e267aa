import { Hono } from 'hono';
import { findFigure, shareableFigures } from '../content';
import type { AppEnv } from '../env';
import { respondBuilt } from '../http/cached-response';
import { htmlHeaders } from '../http/headers';
import { LOCALES } from '../i18n/locales';
import { builtKey } from '../prerender/keys';
import { notFound } from '../http/errors';

// The pages are rendered at build time (worker/prerender/renders.tsx: renderStory, renderFigureStory).
const shareable = new Set(shareableFigures.map((f) => f.id));

export const storyRoutes = new Hono<AppEnv>();

// One route per locale, not a `{en|km}` regex parameter: Hono's routers disagree on how an
// alternation inside a parameter is anchored, and one of them matched /en/anything.
for (const locale of LOCALES) {
  // The query is kept: a shared link's campaign tags must survive the added slash.
  storyRoutes.get(`/${locale}`, (c) => c.redirect(`/${locale}/${new URL(c.req.url).search}`, 301));

  storyRoutes.get(`/${locale}/`, (c) => respondBuilt(c, builtKey.story(locale), htmlHeaders('story', locale)));

  storyRoutes.get(`/${locale}/f/:id`, (c) => {
    const figure = findFigure(c.req.param('id'));
    if (!figure || !shareable.has(figure.id)) return notFound(c);
    return respondBuilt(c, builtKey.figure(locale, figure.id), htmlHeaders('figure', locale));
  });
}
