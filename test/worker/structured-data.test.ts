// JSON-LD of the story, figure and data pages, checked against schema.org's shapes for their types.
import { describe, expect, it } from 'vitest';
import { changelog, dataset, shareableFigures } from '../../worker/content';
import { LOCALES } from '../../worker/i18n/locales';
import { message } from '../../worker/i18n/messages';
import { datasetJsonLd, newsArticle } from '../../worker/views/structured-data';
import { jsonLdOf, schemaOrgProblems } from '../support/schema-org';
import { fetchAsset, fetchWorker } from './fetch';
import { SOURCE } from '../support/locales';

const ORIGIN = 'http://story.test';
const pageJsonLd = async (path: string) => {
  const res = await fetchWorker(path);
  expect(res.status, path).toBe(200);
  const scripts = jsonLdOf(await res.text());
  expect(scripts, path).toHaveLength(1);
  return scripts[0] as Record<string, unknown>;
};

describe.each(LOCALES)('NewsArticle (%s)', (locale) => {
  const paths = [`/${locale}/`, ...shareableFigures.map((f) => `/${locale}/f/${f.id}`)];

  it.each(paths)('%s passes the NewsArticle shape', async (path) => {
    const article = await pageJsonLd(path);
    expect(schemaOrgProblems(article, 'NewsArticle')).toEqual([]);
    expect(article.url).toBe(ORIGIN + path);
    expect(article.inLanguage).toBe(locale);
    expect(article.datePublished).toBe(changelog[0]?.date);
    expect(article.dateModified).toBe(dataset.lastUpdated);
    // The credit an editor fills in (credit.publisher, credit.graphics) names both, on the page too.
    const publisher = (article.publisher as { name: string }).name;
    const author = (article.author as { name: string }).name;
    expect(publisher).toBe(message(locale, 'credit.publisher'));
    expect(author).toBe(message(locale, 'credit.graphics'));
    // Google's Article rules: the publisher has a logo, a raster image at least 112 px square.
    const logo = (article.publisher as { logo: { '@type': string; url: string; width: string; height: string } }).logo;
    expect(logo['@type']).toBe('ImageObject');
    expect(logo.url).toBe(`${ORIGIN}/logo.png`);
    const png = new DataView(await (await fetchAsset('/logo.png')).arrayBuffer());
    expect([png.getUint32(0), png.getUint32(16), png.getUint32(20)]).toEqual([0x89504e47, Number(logo.width), Number(logo.height)]);
    expect(Number(logo.width)).toBeGreaterThanOrEqual(112);
    const byline = /<p class="intro__byline">([\s\S]*?)<\/p>/.exec(await (await fetchWorker(path)).text())?.[1] ?? '';
    for (const name of [publisher, author])
      expect(
        byline
          .replace(/[\u200b\u2060]/g, '')
          .replace(/&#39;/g, "'")
          .replace(/&amp;/g, '&'),
      ).toContain(name);
    expect((article.image as string[])[0]).toMatch(new RegExp(`^${ORIGIN}/assets/cards/${locale}-`));
  });
});

describe.each(LOCALES)('Dataset (%s)', (locale) => {
  it('the data page passes the Dataset shape', async () => {
    const data = await pageJsonLd(`/${locale}/data`);
    expect(schemaOrgProblems(data, 'Dataset')).toEqual([]);
    expect(data.license).toBe(dataset.license.url);
    expect(data.version).toBe(dataset.version);
    expect(data.temporalCoverage).toBe('2000/2015');
  });

  it('names JSON and CSV downloads that answer with their type', async () => {
    const { distribution } = await pageJsonLd(`/${locale}/data`);
    const downloads = distribution as { encodingFormat: string; contentUrl: string }[];
    expect(downloads.map((d) => d.encodingFormat).sort()).toEqual(['application/json', 'text/csv']);
    for (const { encodingFormat, contentUrl } of downloads) {
      const res = await fetchWorker(new URL(contentUrl).pathname + new URL(contentUrl).search);
      expect(res.status, contentUrl).toBe(200);
      expect(res.headers.get('Content-Type')).toContain(encodingFormat);
    }
  });
});

describe('the schema.org check has teeth', () => {
  const dataset = () =>
    JSON.parse(JSON.stringify(datasetJsonLd(SOURCE, ORIGIN))) as Record<string, unknown> & { distribution: Record<string, unknown>[] };
  const article = () =>
    JSON.parse(
      JSON.stringify(
        newsArticle({
          locale: SOURCE,
          origin: ORIGIN,
          url: `${ORIGIN}/${SOURCE}/`,
          headline: 'A headline',
          description: 'd',
          image: `${ORIGIN}/x.png`,
        }),
      ),
    ) as Record<string, unknown>;

  it('refuses a Dataset without a licence, a download without its URL, or a short description', () => {
    const noLicense = dataset();
    delete noLicense.license;
    expect(schemaOrgProblems(noLicense, 'Dataset')).toEqual(['$: Dataset lacks license']);
    const noUrl = dataset();
    delete noUrl.distribution[1]!.contentUrl;
    expect(schemaOrgProblems(noUrl, 'Dataset')).toEqual(['$.distribution[1]: DataDownload lacks contentUrl']);
    expect(schemaOrgProblems({ ...dataset(), description: 'Too short.' }, 'Dataset')).toHaveLength(1);
    expect(schemaOrgProblems({ ...dataset(), temporalCoverage: '2015 and before' }, 'Dataset')).toHaveLength(1);
  });

  it('refuses a NewsArticle without a publisher, with a relative image, or with a misspelt property', () => {
    const noPublisher = article();
    delete noPublisher.publisher;
    expect(schemaOrgProblems(noPublisher, 'NewsArticle')).toEqual(['$: NewsArticle lacks publisher']);
    expect(schemaOrgProblems({ ...article(), image: ['/x.png'] }, 'NewsArticle')).toEqual([
      '$.image[0]: an absolute URL, not /x.png',
      '$.image[0]: a ImageObject, not "/x.png"',
    ]);
    expect(schemaOrgProblems({ ...article(), datePublised: '2026-11-28' }, 'NewsArticle')).toEqual([
      '$: NewsArticle has no property datePublised',
    ]);
    expect(schemaOrgProblems({ ...article(), publisher: { '@type': 'Organization' } }, 'NewsArticle')).toEqual([
      '$.publisher: Organization lacks name',
    ]);
  });

  it('keeps a value from closing its script element', async () => {
    const { jsonLdText } = await import('../../worker/views/structured-data');
    expect(jsonLdText({ name: '</script><script>alert(1)</script>' })).not.toContain('<');
  });
});

describe('headlines', () => {
  it('fit the 110 characters search engines show, cut at a word', async () => {
    const { shortHeadline } = await import('../../worker/views/structured-data');
    for (const locale of LOCALES) {
      for (const figure of shareableFigures) {
        const article = await pageJsonLd(`/${locale}/f/${figure.id}`);
        const headline = article.headline as string;
        expect(headline.length).toBeLessThanOrEqual(110);
        const full = (await (await fetchWorker(`/${locale}/f/${figure.id}`)).text()).match(/<title>([^<]*)<\/title>/)?.[1] ?? '';
        if (!headline.endsWith('…')) expect(headline).toBe(full.replace(/&#39;/g, "'"));
        else expect(full.replace(/&#39;/g, "'").startsWith(headline.slice(0, -1))).toBe(true);
      }
    }
    expect(shortHeadline('word '.repeat(40), SOURCE)).toMatch(/^(word ){20,}word…$/);
  });
});
