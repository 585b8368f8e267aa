import { env } from 'cloudflare:workers';
import { describe, expect, it } from 'vitest';
import { changelog, dataset, shareableFigures, stepOfFigure } from '../../worker/content';
import { cardFigure } from '../../worker/i18n/card-text';
import { formatFigure } from '../../worker/i18n/format-figure';
import { LOCALE_INFO, LOCALES, localeInfo, otherLocales } from '../../worker/i18n/locales';
import { text } from '../../worker/i18n/rich-text';
import { fetchAsset, fetchWorker } from './fetch';
import { SOURCE, TRANSLATED } from '../support/locales';

const ORIGIN = 'http://story.test';

function metaContent(html: string, property: string): string | undefined {
  const match = new RegExp(`<meta (?:property|name)="${property}" content="([^"]*)"`).exec(html);
  // The attribute's text, as a parser reads it.
  const entities: Record<string, string> = { '&amp;': '&', '&#39;': "'", '&quot;': '"', '&lt;': '<', '&gt;': '>' };
  return match?.[1]?.replace(/&(amp|#39|quot|lt|gt);/g, (e) => entities[e] ?? e);
}

function links(html: string, rel: string): { hreflang?: string; href: string }[] {
  return [...html.matchAll(new RegExp(`<link rel="${rel}"(?: hreflang="([^"]+)")? href="([^"]+)"`, 'g'))].map((m) => ({
    hreflang: m[1],
    href: m[2] ?? '',
  }));
}

/** Width and height from a PNG's IHDR chunk. */
async function pngSize(res: Response): Promise<{ width: number; height: number }> {
  const bytes = new DataView(await res.arrayBuffer());
  expect(bytes.getUint32(0)).toBe(0x89504e47);
  return { width: bytes.getUint32(16), height: bytes.getUint32(20) };
}

async function expectCard(url: string | undefined) {
  expect(url).toMatch(new RegExp(`^${ORIGIN}/assets/cards/.+\\.[0-9a-f]{12}\\.png$`));
  const res = await fetchAsset(new URL(url ?? '').pathname);
  expect(res.status).toBe(200);
  expect(res.headers.get('Content-Type')).toBe('image/png');
  expect(await pngSize(res)).toEqual({ width: 1200, height: 630 });
}

describe.each(LOCALES)('/%s/ page metadata', (locale) => {
  it('carries canonical, hreflang alternates, Open Graph and Twitter tags', async () => {
    const html = await (await fetchWorker(`/${locale}/`)).text();
    expect(links(html, 'canonical')).toEqual([{ href: `${ORIGIN}/${locale}/` }]);
    expect(links(html, 'alternate').filter((l) => l.hreflang)).toEqual([
      ...LOCALE_INFO.map((l) => ({ hreflang: l.hreflang, href: `${ORIGIN}/${l.code}/` })),
      { hreflang: 'x-default', href: `${ORIGIN}/` },
    ]);
    expect(metaContent(html, 'og:url')).toBe(`${ORIGIN}/${locale}/`);
    expect(metaContent(html, 'og:locale')).toBe(localeInfo(locale).ogLocale);
    expect([...html.matchAll(/<meta property="og:locale:alternate" content="([^"]*)"/g)].map((m) => m[1])).toEqual(
      otherLocales(locale).map((l) => localeInfo(l).ogLocale),
    );
    expect(metaContent(html, 'twitter:card')).toBe('summary_large_image');
    expect(metaContent(html, 'og:title')).toBeTruthy();
    expect(metaContent(html, 'og:description')).toBeTruthy();
    await expectCard(metaContent(html, 'og:image'));
  });

  it('builds absolute URLs from PUBLIC_ORIGIN when it is set', async () => {
    const { default: worker } = await import('../../worker/index');
    const res = await worker.fetch(new Request(`https://story.example.org/${locale}/`), {
      ...env,
      PUBLIC_ORIGIN: 'https://story.example.org',
    });
    const html = await res.text();
    expect(links(html, 'canonical')).toEqual([{ href: `https://story.example.org/${locale}/` }]);
    expect(metaContent(html, 'og:image')).toMatch(/^https:\/\/story\.example\.org\/assets\/cards\//);
  });
});

describe.each(LOCALES)('%s: the site and its previews', (locale) => {
  const pages = ['/', ...shareableFigures.map((f) => `/f/${f.id}`), '/data', '/sources'];

  it('has a real site name, not the working title', () => {
    expect(text(locale, 'meta.siteName')).not.toMatch(/prevalence story|អត្ថបទស្ដីពីអត្រា/i);
  });

  it.each(pages)('%s names the site first, an image alt that describes the card, and its dates', async (path) => {
    const html = await (await fetchWorker(`/${locale}${path}`)).text();
    const siteName = metaContent(html, 'og:site_name');
    expect(siteName).toBe(text(locale, 'meta.siteName'));
    // Previews read the tags in order: the site's name comes before the title.
    expect(html.indexOf('og:site_name')).toBeLessThan(html.indexOf('og:title'));
    const alt = metaContent(html, 'og:image:alt') ?? '';
    expect(metaContent(html, 'twitter:image:alt')).toBe(alt);
    expect(alt).not.toBe(metaContent(html, 'og:title'));
    expect(alt).toContain(siteName);
    const figure = cardFigure(path.startsWith('/f/') ? path.slice(3) : 'story')!;
    expect(alt).toContain(formatFigure(figure, locale));
    expect(metaContent(html, 'article:published_time')).toBe(changelog[0]?.date);
    expect(metaContent(html, 'article:modified_time')).toBe(dataset.lastUpdated);
  });
});

describe('oEmbed thumbnails', () => {
  const oembed = (url: string, query = '') => fetchWorker(`/oembed?format=json&url=${encodeURIComponent(url)}${query}`);

  it.each(LOCALES.flatMap((l) => [`${ORIGIN}/${l}/`, `${ORIGIN}/${l}/f/cases`]))(
    '%s carries the share card as its thumbnail',
    async (url) => {
      const body = (await (await oembed(url)).json()) as { thumbnail_url: string; thumbnail_width: number; thumbnail_height: number };
      await expectCard(body.thumbnail_url);
      expect([body.thumbnail_width, body.thumbnail_height]).toEqual([1200, 630]);
    },
  );

  it('names no thumbnail that would not fit maxwidth or maxheight', async () => {
    const body = (await (await oembed(`${ORIGIN}/${SOURCE}/f/cases`, '&maxwidth=600')).json()) as Record<string, unknown>;
    expect(body.width).toBeLessThanOrEqual(600);
    expect(Object.keys(body).filter((k) => k.startsWith('thumbnail_'))).toEqual([]);
  });
});

describe('per-figure pages', () => {
  it('exist for every figure a step shows, in both languages', () => {
    expect(shareableFigures.map((f) => f.id)).toContain('minors-2015');
  });

  it.each(LOCALES.flatMap((locale) => shareableFigures.map((f) => [locale, f.id] as const)))(
    '/%s/f/%s has its own title and card, and opens at its step',
    async (locale, id) => {
      const res = await fetchWorker(`/${locale}/f/${id}`);
      expect(res.status).toBe(200);
      const html = await res.text();
      expect(links(html, 'canonical')).toEqual([{ href: `${ORIGIN}/${locale}/f/${id}` }]);
      expect(metaContent(html, 'og:url')).toBe(`${ORIGIN}/${locale}/f/${id}`);
      expect(html).toContain(`data-open-step="${stepOfFigure(id)?.id}"`);
      const image = metaContent(html, 'og:image');
      expect(image).toContain(`/assets/cards/${locale}-${id}.`);
      await expectCard(image);
    },
  );

  it('gives each language and figure its own card', async () => {
    const images = new Set<string>();
    for (const locale of LOCALES) {
      images.add(metaContent(await (await fetchWorker(`/${locale}/`)).text(), 'og:image') ?? '');
      for (const figure of shareableFigures) {
        images.add(metaContent(await (await fetchWorker(`/${locale}/f/${figure.id}`)).text(), 'og:image') ?? '');
      }
    }
    expect(images.size).toBe(LOCALES.length * (shareableFigures.length + 1));
  });

  it.each([
    [`/${TRANSLATED}/f/no-such-figure`, TRANSLATED],
    [`/${SOURCE}/f/no-such-figure`, SOURCE],
    [`/${TRANSLATED}/f/%E0%A4%A`, TRANSLATED],
    [`/${TRANSLATED}/f/minors-2015%00`, TRANSLATED],
    [`/${TRANSLATED}/f/..%2f..%2fetc`, TRANSLATED],
  ])('%s is a 404 in %s', async (path, locale) => {
    const res = await fetchWorker(path);
    expect(res.status).toBe(404);
    expect(await res.text()).toContain(`<html lang="${locale}"`);
  });

  it('links each step to its share target', async () => {
    const html = await (await fetchWorker(`/${TRANSLATED}/`)).text();
    expect(html).toContain(`data-step="study-2015" data-share="/${TRANSLATED}/f/minors-2015"`);
    expect(html).toContain(`data-step="limits" data-share="/${TRANSLATED}/#limits"`);
  });
});

describe('language negotiation at /', () => {
  const go = (headers: Record<string, string>) => fetchWorker('/', { headers, redirect: 'manual' });

  it(`sends ${TRANSLATED}-KH,${TRANSLATED};q=0.9,${SOURCE};q=0.8 to /${TRANSLATED}/ with a private, varying redirect`, async () => {
    const res = await go({ 'Accept-Language': `${TRANSLATED}-KH,${TRANSLATED};q=0.9,${SOURCE};q=0.8` });
    expect(res.status).toBe(302);
    expect(res.headers.get('Location')).toBe(`/${TRANSLATED}/`);
    expect(res.headers.get('Vary')).toBe('Accept-Language, Cookie');
    expect(res.headers.get('Cache-Control')).toMatch(/^private/);
  });

  it('honours the language-switch cookie before Accept-Language', async () => {
    expect((await go({ 'Accept-Language': TRANSLATED, Cookie: `lang=${SOURCE}` })).headers.get('Location')).toBe(`/${SOURCE}/`);
    expect((await go({ 'Accept-Language': `${SOURCE}-US`, Cookie: `lang=${TRANSLATED}` })).headers.get('Location')).toBe(`/${TRANSLATED}/`);
  });

  it('honours q-values', async () => {
    expect((await go({ 'Accept-Language': `${SOURCE};q=0.3, ${TRANSLATED};q=0.7` })).headers.get('Location')).toBe(`/${TRANSLATED}/`);
    expect((await go({ 'Accept-Language': `${TRANSLATED};q=0.2, ${SOURCE};q=0.9` })).headers.get('Location')).toBe(`/${SOURCE}/`);
  });

  it.each<Record<string, string>>([
    { 'Accept-Language': '' },
    { 'Accept-Language': 'k'.repeat(20000) },
    { 'Accept-Language': ';q=;;,' },
    { Cookie: 'lang=%ZZ; =; ;;' },
    { Cookie: `lang=${TRANSLATED}`.repeat(3000) },
  ])('falls back to the source language for %j', async (headers) => {
    const res = await go(headers);
    expect(res.status).toBe(302);
    expect(res.headers.get('Location')).toBe(`/${SOURCE}/`);
  });

  it('never lets locale pages vary by header or cookie', async () => {
    const plain = await fetchWorker(`/${TRANSLATED}/`);
    const other = await fetchWorker(`/${TRANSLATED}/`, { headers: { 'Accept-Language': SOURCE, Cookie: `lang=${SOURCE}` } });
    expect(await other.text()).toBe(await plain.text());
    expect(plain.headers.get('Vary') ?? '').not.toMatch(/Accept-Language|Cookie/i);
    expect(plain.headers.get('Cache-Control')).toMatch(/^public/);
  });
});
