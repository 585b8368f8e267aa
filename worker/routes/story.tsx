import { Hono, type Context } from 'hono';
import { shareCard } from '../assets';
import { findFigure, shareableFigures, stepOfFigure, type Figure } from '../content';
import type { AppEnv } from '../env';
import { RenderCache, respondRendered } from '../http/cached-response';
import { htmlHeaders } from '../http/headers';
import { siteOrigin } from '../http/origin';
import { figureTitle } from '../i18n/format-figure';
import { LOCALES, type Locale } from '../i18n/locales';
import { text } from '../i18n/rich-text';
import { renderDocument } from '../views/Layout';
import { SocialMeta } from '../views/SocialMeta';
import { newsArticle } from '../views/structured-data';
import { cardAlt } from '../i18n/card-text';
import { StoryPage } from '../views/StoryPage';
import { notFound } from '../http/errors';

const pages = new RenderCache('story and figure pages');
const absolute = (origin: string, path: string | undefined) => (path ? origin + path : undefined);
const shareable = new Set(shareableFigures.map((f) => f.id));

export function renderStory(locale: Locale, origin: string): string {
  const title = text(locale, 'meta.title');
  const description = text(locale, 'meta.description');
  const image = absolute(origin, shareCard(locale, 'story'));
  const head = (
    <SocialMeta
      locale={locale}
      origin={origin}
      path="/"
      title={title}
      description={description}
      image={image}
      imageAlt={cardAlt(locale, 'story')}
      xDefault="/"
      structuredData={newsArticle({ locale, origin, url: `${origin}/${locale}/`, headline: title, description, image })}
    />
  );
  return renderDocument(<StoryPage locale={locale} title={title} description={description} head={head} />);
}

export function renderFigureStory(locale: Locale, figure: Figure, origin: string): string {
  const title = figureTitle(figure, locale);
  // Each figure page previews its own figure, not the story's headline result.
  const description = text(locale, `figure.${figure.id}.description`);
  const openStep = stepOfFigure(figure.id)?.id;
  const image = absolute(origin, shareCard(locale, figure.id));
  const head = (
    <SocialMeta
      locale={locale}
      origin={origin}
      path={`/f/${figure.id}`}
      title={title}
      description={description}
      image={image}
      imageAlt={cardAlt(locale, figure.id)}
      structuredData={newsArticle({ locale, origin, url: `${origin}/${locale}/f/${figure.id}`, headline: title, description, image })}
    />
  );
  return renderDocument(
    <StoryPage locale={locale} title={title} description={description} head={head} path={`/f/${figure.id}`} openStep={openStep} />,
  );
}

// Keyed by what was rendered, never by the request: the origin is configuration, the same for
// every request an isolate serves.
function respondPage(c: Context<AppEnv>, kind: 'story' | 'figure', key: string, locale: Locale, render: (origin: string) => string) {
  const origin = siteOrigin(c);
  return respondRendered(c, pages, key, () => render(origin), htmlHeaders(kind, locale));
}

export const storyRoutes = new Hono<AppEnv>();

// One route per locale, not a `{en|km}` regex parameter: Hono's routers disagree on how an
// alternation inside a parameter is anchored, and one of them matched /en/anything.
for (const locale of LOCALES) {
  // The query is kept: a shared link's campaign tags must survive the added slash.
  storyRoutes.get(`/${locale}`, (c) => c.redirect(`/${locale}/${new URL(c.req.url).search}`, 301));

  storyRoutes.get(`/${locale}/`, (c) => respondPage(c, 'story', `story:${locale}`, locale, (origin) => renderStory(locale, origin)));

  storyRoutes.get(`/${locale}/f/:id`, (c) => {
    const figure = findFigure(c.req.param('id'));
    if (!figure || !shareable.has(figure.id)) return notFound(c);
    return respondPage(c, 'figure', `figure:${locale}:${figure.id}`, locale, (origin) => renderFigureStory(locale, figure, origin));
  });
}
