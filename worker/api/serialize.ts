// The API's view of the content: one source of truth, no second copy of any number.
import { dataset, findFigure, figures, type Figure } from '../content';
import { figureDetail, formatFigure } from '../i18n/format-figure';
import { citationText, datasetDescription, datasetTitle, licenseText } from '../i18n/citation';
import { FALLBACK_LOCALE, type Locale } from '../i18n/locales';
import { message } from '../i18n/messages';
import { text } from '../i18n/rich-text';
import { API_VERSION } from './version';

export interface Links {
  origin: string;
}

function sourceJson(id: string) {
  const source = dataset.sources.find((s) => s.id === id);
  if (!source) throw new Error(`unknown source ${id}`);
  return { id: source.id, title: source.title, publisher: source.publisher, date: source.date, ...(source.url ? { url: source.url } : {}) };
}

/** One figure: plain numbers, ranges as low/high; with a locale, its labels and display string. */
export function figureJson(figure: Figure, { origin }: Links, locale?: Locale) {
  const labelLocale = locale ?? FALLBACK_LOCALE;
  const base = {
    id: figure.id,
    value: figure.value,
    unit: figure.unit,
    decimals: figure.decimals,
    qualifier: figure.qualifier,
    // A count over 2003–2015 is not a count of 2015: such a figure carries its period alone.
    year: figure.period ? null : figure.year,
    ...(figure.period ? { period: figure.period } : {}),
    ...(figure.derived ? { derived: figure.derived } : {}),
    population: {
      id: figure.population,
      definition: text(labelLocale, `population.${figure.population}`),
      ...(dataset.populations[figure.population]?.maxAge !== undefined ? { maxAge: dataset.populations[figure.population]?.maxAge } : {}),
    },
    places: figure.places,
    source: sourceJson(figure.source),
    links: {
      self: `${origin}/api/${API_VERSION}/prevalence/${figure.id}${locale ? `?lang=${locale}` : ''}`,
      story: `${origin}/${labelLocale}/f/${figure.id}`,
      sources: `${origin}/${labelLocale}/sources#${figure.id}`,
      embed: `${origin}/embed/${figure.id}?lang=${labelLocale}`,
    },
  };
  if (!locale) return base;
  return {
    ...base,
    lang: locale,
    label: text(locale, `figure.${figure.id}.label`),
    display: formatFigure(figure, locale),
    detail: figureDetail(figure, locale),
    placeNames: figure.places.map((p) => message(locale, `place.${p}`)),
    credit: text(locale, 'embed.credit'),
  };
}

export function datasetJson(links: Links, locale?: Locale) {
  const storyLocale = locale ?? FALLBACK_LOCALE;
  return {
    title: datasetTitle(storyLocale),
    description: datasetDescription(storyLocale),
    citation: citationText(storyLocale, links.origin),
    license: { id: dataset.license.id, name: dataset.license.name, url: dataset.license.url, text: licenseText(storyLocale) },
    version: dataset.version,
    lastUpdated: dataset.lastUpdated,
    ...(locale ? { lang: locale } : {}),
    links: {
      self: `${links.origin}/api/${API_VERSION}/prevalence${locale ? `?lang=${locale}` : ''}`,
      story: `${links.origin}/${storyLocale}/`,
      sources: `${links.origin}/${storyLocale}/sources`,
      changelog: `${links.origin}/${storyLocale}/sources#changelog`,
      schema: `${links.origin}/api/${API_VERSION}/schema.json`,
      csv: `${links.origin}/api/${API_VERSION}/prevalence.csv${locale ? `?lang=${locale}` : ''}`,
    },
    figures: figures.map((f) => figureJson(f, links, locale)),
  };
}
