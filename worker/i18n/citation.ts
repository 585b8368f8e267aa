// How to cite and reuse the dataset, in each language: the API's citation and license fields,
// the data page's copyable citation and the Dataset JSON-LD all read these.
import { dataset } from '../content';
import { formatDate, localeDigits } from './format-number';
import type { Locale } from './locales';
import { fill } from './messages';
import { text } from './rich-text';

/** The site's name, which is also the publisher of the compilation. */
export function siteName(locale: Locale): string {
  return text(locale, 'meta.siteName');
}

export function datasetTitle(locale: Locale): string {
  return text(locale, 'dataset.title');
}

export function datasetDescription(locale: Locale): string {
  return text(locale, 'dataset.description');
}

/** The data page of a locale: what a citation points to. */
export function datasetPage(locale: Locale, origin: string): string {
  return `${origin}/${locale}/data`;
}

/** "Counting Cambodia's children. “Minors in …”. Data version 1.0.0, 28 November 2026. https://…/en/data" */
export function citationText(locale: Locale, origin: string): string {
  return fill(text(locale, 'dataset.citation'), {
    publisher: siteName(locale),
    title: datasetTitle(locale),
    version: localeDigits(dataset.version, locale),
    date: formatDate(dataset.lastUpdated, locale),
    url: datasetPage(locale, origin),
  });
}

/** What the licence covers (the compilation and graphics) and how to credit, with each figure left to its source. */
export function licenseText(locale: Locale): string {
  return fill(text(locale, 'dataset.license'), { license: dataset.license.name, publisher: siteName(locale) });
}
