import { Hono, type Context } from 'hono';
import { shareCard } from '../assets';
import { findFigure, shareableFigures, stepOfFigure, type Figure } from '../content';
import type { AppEnv } from '../env';
import { RenderCache, respondRendered } from '../http/cached-response';
import { HTML_HEADERS } from '../http/headers';
import { siteOrigin } from '../http/origin';
import { formatFigure } from '../i18n/format-figure';
import { formatYear } from '../i18n/format-number';
import { LOCALES, type Locale } from '../i18n/locales';
import { text } from '../i18n/rich-text';
import { renderDocument } from '../views/Layout';
import { SocialMeta } from '../views/SocialMeta';
import { StoryPage } from '../views/StoryPage';
import { notFound } from '../http/errors';

const pages = new RenderCache();
const shareable = new Set(shareableFigures.map((f) => f.id));

/** "2.2% · Minors among people in commercial sex establishments · 2015" */
export function figureTitle(figure: Figure, locale: Locale): string {
  const parts = [formatFigure(figure, locale), text(locale, `figure.${figure.id}.label`)];
  if (figure.year !== null) parts.push(formatYear(figure.year, locale));
  return parts.join(' · ');
}

export function renderStory(locale: Locale, origin: string): string {
  const title = text(locale, 'meta.title');
  const description = text(locale, 'meta.description');
  const head = (
    <SocialMeta
      locale={locale}
      origin={origin}
      path="/"
      title={title}
      description={description}
      image={shareCard(locale, 'story')}
      imageAlt={title}
      xDefault="/"
    />
  );
  return renderDocument(<StoryPage locale={locale} title={title} description={description} head={head} />);
}

export function renderFigureStory(locale: Locale, figure: Figure, origin: string): string {
  const title = figureTitle(figure, locale);
  const description = text(locale, 'meta.description');
  const openStep = stepOfFigure(figure.id)?.id;
  const head = (
    <SocialMeta
      locale={locale}
      origin={origin}
      path={`/f/${figure.id}`}
      title={title}
      description={description}
      image={shareCard(locale, figure.id)}
      imageAlt={title}
    />
  );
  return renderDocument(
    <StoryPage
      locale={locale}
      title={title}
      description={description}
      head={head}
      path={`/f/${figure.id}`}
      openStep={openStep}
    />,
  );
}

function respondPage(c: Context<AppEnv>, key: string, render: (origin: string) => string) {
  const origin = siteOrigin(c);
  return respondRendered(c, pages, `${key}@${origin}`, () => render(origin), HTML_HEADERS);
}

export const storyRoutes = new Hono<AppEnv>();

// One route per locale, not a `{en|km}` regex parameter: Hono's routers disagree on how an
// alternation inside a parameter is anchored, and one of them matched /en/anything.
for (const locale of LOCALES) {
  storyRoutes.get(`/${locale}`, (c) => c.redirect(`/${locale}/`, 301));

  storyRoutes.get(`/${locale}/`, (c) => respondPage(c, `story:${locale}`, (origin) => renderStory(locale, origin)));

  storyRoutes.get(`/${locale}/f/:id`, (c) => {
    const figure = findFigure(c.req.param('id'));
    if (!figure || !shareable.has(figure.id)) return notFound(c);
    return respondPage(c, `figure:${locale}:${figure.id}`, (origin) => renderFigureStory(locale, figure, origin));
  });
}
