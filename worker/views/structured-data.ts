// JSON-LD for search engines and dataset search: NewsArticle for the story and figure pages,
// Dataset for the data page. Typed with schema-dts (types only: nothing of it is bundled);
// test/support/schema-org.ts checks the properties each type needs at run time.
import type { Dataset, NewsArticle, Organization, Place, WithContext } from 'schema-dts';
import { API_VERSION } from '../api/version';
import { changelog, dataset, figures } from '../content';
import { citationText, datasetDescription, datasetPage, datasetTitle, siteName } from '../i18n/citation';
import { localeInfo, type Locale } from '../i18n/locales';
import { message } from '../i18n/messages';

/** The story was published with the data's first version; it is updated with each later one. */
export const datePublished = changelog.map((entry) => entry.date).sort()[0] ?? dataset.lastUpdated;
export const dateModified = dataset.lastUpdated;

/** The site, which writes and publishes the story and compiles the dataset. */
export function siteOrganization(locale: Locale, origin: string): Organization {
  return { '@type': 'Organization', name: siteName(locale), url: `${origin}/${locale}/` };
}

/** The site's mark as a raster image (public/logo.png, the favicon's design): what Google shows for a publisher. */
export const LOGO = { path: '/logo.png', width: 512, height: 512 } as const;

/** Who publishes the story and who made its text and graphics: the credit fields an editor fills in. */
function credited(locale: Locale, origin: string, key: 'credit.publisher' | 'credit.graphics'): Organization {
  return { '@type': 'Organization', name: message(locale, key), url: `${origin}/${locale}/` };
}

/** The publisher, with its logo (Google's Article rules ask for one). */
function publisherOf(locale: Locale, origin: string): Organization {
  return {
    '@type': 'Organization',
    name: message(locale, 'credit.publisher'),
    url: `${origin}/${locale}/`,
    logo: { '@type': 'ImageObject', url: origin + LOGO.path, width: `${LOGO.width}`, height: `${LOGO.height}` },
  };
}

export interface ArticleInput {
  locale: Locale;
  origin: string;
  /** The page's own address. */
  url: string;
  headline: string;
  description: string;
  /** Absolute URL of the share card, where the build made one. */
  image: string | undefined;
}

/** Search engines cut a headline past this many characters (Google's article guideline). */
export const HEADLINE_MAX = 110;

/** The text itself, or as many whole words of it as fit with an ellipsis (Khmer has no spaces: Intl.Segmenter finds its words). */
export function shortHeadline(text: string, locale: Locale): string {
  if (text.length <= HEADLINE_MAX) return text;
  let out = '';
  for (const { segment } of new Intl.Segmenter(locale, { granularity: 'word' }).segment(text)) {
    if ((out + segment).trimEnd().length + 1 > HEADLINE_MAX) break;
    out += segment;
  }
  return `${out.trimEnd().replace(/[\s·,:;–-]+$/u, '')}…`;
}

export function newsArticle({ locale, origin, url, headline, description, image }: ArticleInput): WithContext<NewsArticle> {
  return {
    '@context': 'https://schema.org',
    '@type': 'NewsArticle',
    headline: shortHeadline(headline, locale),
    description,
    url,
    mainEntityOfPage: url,
    inLanguage: localeInfo(locale).hreflang,
    datePublished,
    dateModified,
    author: credited(locale, origin, 'credit.graphics'),
    publisher: publisherOf(locale, origin),
    ...(image ? { image: [image] } : {}),
    isBasedOn: datasetPage(locale, origin),
  };
}

/** "2000/2015": the first and last year any figure covers (ISO 8601 interval of years). */
export function temporalCoverage(): string {
  const years = figures.flatMap((f) => [f.year, f.period?.from, f.period?.to]).filter((y): y is number => typeof y === 'number');
  return `${Math.min(...years)}/${Math.max(...years)}`;
}

export function datasetJsonLd(locale: Locale, origin: string): WithContext<Dataset> {
  const site = siteOrganization(locale, origin);
  const api = `${origin}/api/${API_VERSION}`;
  const places: Place[] = dataset.places.map((p) => ({ '@type': 'Place', name: message(locale, `place.${p}`) }));
  return {
    '@context': 'https://schema.org',
    '@type': 'Dataset',
    name: datasetTitle(locale),
    description: datasetDescription(locale),
    url: datasetPage(locale, origin),
    inLanguage: localeInfo(locale).hreflang,
    version: dataset.version,
    datePublished,
    dateModified,
    license: dataset.license.url,
    creator: site,
    publisher: site,
    citation: citationText(locale, origin),
    // The figures are the sources' own, credited to them.
    isBasedOn: dataset.sources.map((s) => ({
      '@type': 'CreativeWork',
      name: s.title,
      publisher: { '@type': 'Organization', name: s.publisher },
      datePublished: s.date,
      ...(s.url ? { url: s.url } : {}),
    })),
    temporalCoverage: temporalCoverage(),
    spatialCoverage: places,
    distribution: [
      { '@type': 'DataDownload', encodingFormat: 'application/json', contentUrl: `${api}/prevalence?lang=${locale}` },
      { '@type': 'DataDownload', encodingFormat: 'text/csv', contentUrl: `${api}/prevalence.csv?lang=${locale}` },
    ],
  };
}

/** The text of a JSON-LD script: `<` escaped, so no value can close the element. */
export function jsonLdText(data: object): string {
  return JSON.stringify(data).replace(/</g, '\\u003c');
}
