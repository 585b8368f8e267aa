// Every page and API body the site serves, as pure functions of what they show and the origin.
// The build (scripts/build/prerender.ts) runs them once per deploy; the Worker never imports this.
import { shareCard } from '../assets';
import { csvFileName, prevalenceCsv } from '../api/csv';
import { openApiDocument } from '../api/openapi';
import { responseSchema } from '../api/schema';
import { datasetJson, figureJson } from '../api/serialize';
import { API_VERSION } from '../api/version';
import { figures, shareableFigures, stepOfFigure, type Figure } from '../content';
import { cardAlt } from '../i18n/card-text';
import { LOCALES, type Locale } from '../i18n/locales';
import { message } from '../i18n/messages';
import { figureTitle, text } from '../i18n/rich-text';
import { DataPage, dataIntro } from '../views/DataPage';
import { EmbedCard } from '../views/EmbedCard';
import { ErrorPage, type ErrorKind } from '../views/ErrorPage';
import { renderDocument } from '../views/Layout';
import { ReferencePageMeta, SocialMeta } from '../views/SocialMeta';
import { SourcesPage } from '../views/SourcesPage';
import { StoryPage } from '../views/StoryPage';
import { datasetJsonLd, newsArticle } from '../views/structured-data';
import { oembedJson } from '../views/oembed';
import type { OembedSize } from '../embed-size';
import { BUILD_ORIGIN, builtKey, SIZE_HOLES, type RenderedBody } from './keys';

export { BUILD_ORIGIN };

const absolute = (origin: string, path: string | undefined) => (path ? origin + path : undefined);

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

export function renderSources(locale: Locale, origin: string): string {
  const title = message(locale, 'sources.title');
  return renderDocument(
    <SourcesPage
      locale={locale}
      head={
        <ReferencePageMeta locale={locale} origin={origin} path="/sources" title={title} description={message(locale, 'sources.intro')} />
      }
    />,
  );
}

/** The data page in `locale`, its picker showing one figure in one language. */
export function renderDataPage(locale: Locale, figure: Figure, lang: Locale, origin: string): string {
  return renderDocument(
    <DataPage
      locale={locale}
      origin={origin}
      choice={{ figure, lang }}
      head={
        <ReferencePageMeta
          locale={locale}
          origin={origin}
          path="/data"
          title={message(locale, 'data.title')}
          description={dataIntro(locale)}
          structuredData={datasetJsonLd(locale, origin)}
        />
      }
    />,
  );
}

export function renderEmbedCard(figure: Figure, lang: Locale): string {
  return renderDocument(<EmbedCard figure={figure} locale={lang} />);
}

export const ERROR_KINDS: ErrorKind[] = ['notFound', 'error.language', 'error.method', 'error.server'];

export function renderErrorPage(kind: ErrorKind, locale: Locale): string {
  return renderDocument(<ErrorPage locale={locale} kind={kind} />);
}

export const renderDatasetJson = (lang: Locale | undefined, origin: string) => JSON.stringify(datasetJson({ origin }, lang));
export const renderFigureJson = (figure: Figure, lang: Locale | undefined, origin: string) =>
  JSON.stringify(figureJson(figure, { origin }, lang));
export const renderCsv = (locale: Locale) => prevalenceCsv(locale);
// Its $id names where it is published: the public origin.
export const renderSchema = (origin: string) => JSON.stringify({ ...responseSchema, $id: `${origin}/api/${API_VERSION}/schema.json` });
export const renderOpenApi = (origin: string) => JSON.stringify(openApiDocument(origin));
export const renderOembed = (locale: Locale, figure: Figure, origin: string, size: OembedSize) => oembedJson(origin, figure, locale, size);

/** Every body the site serves, by key: what the build writes and the drift test compares. */
export function everyBody(origin: string): Array<[key: string, render: () => RenderedBody]> {
  const all: Array<[string, () => RenderedBody]> = [];
  const add = (key: string, render: () => string, headers?: Record<string, string>) =>
    all.push([key, () => (headers ? { body: render(), headers } : { body: render() })]);
  const langChoices = [undefined, ...LOCALES];
  for (const locale of LOCALES) {
    add(builtKey.story(locale), () => renderStory(locale, origin));
    for (const figure of shareableFigures) add(builtKey.figure(locale, figure.id), () => renderFigureStory(locale, figure, origin));
    add(builtKey.sources(locale), () => renderSources(locale, origin));
    for (const figure of shareableFigures) {
      for (const lang of LOCALES) add(builtKey.data(locale, figure.id, lang), () => renderDataPage(locale, figure, lang, origin));
    }
    for (const kind of ERROR_KINDS) add(builtKey.error(kind, locale), () => renderErrorPage(kind, locale));
    for (const figure of figures) add(builtKey.embed(figure.id, locale), () => renderEmbedCard(figure, locale));
    add(builtKey.csv(locale), () => renderCsv(locale), { 'Content-Disposition': `attachment; filename="${csvFileName(locale)}"` });
    // oEmbed answers the story's URL with its headline figure, and each figure page's with its own.
    for (const figure of shareableFigures) {
      for (const thumbnail of [false, true]) {
        all.push([
          builtKey.oembed(locale, figure.id, thumbnail),
          () => ({ body: renderOembed(locale, figure, origin, { ...SIZE_HOLES, thumbnail }), sized: true }),
        ]);
      }
    }
  }
  for (const lang of langChoices) {
    add(builtKey.dataset(lang), () => renderDatasetJson(lang, origin));
    for (const figure of figures) add(builtKey.apiFigure(figure.id, lang), () => renderFigureJson(figure, lang, origin));
  }
  add(builtKey.schema(), () => renderSchema(origin));
  add(builtKey.openapi(), () => renderOpenApi(origin));
  return all;
}
