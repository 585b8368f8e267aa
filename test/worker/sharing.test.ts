import { env } from 'cloudflare:workers';
import { describe, expect, it } from 'vitest';
import { shareableFigures, stepOfFigure } from '../../worker/content';
import { LOCALES } from '../../worker/i18n/locales';
import { fetchAsset, fetchWorker } from './fetch';

const ORIGIN = 'http://story.test';

function metaContent(html: string, property: string): string | undefined {
  const match = new RegExp(`<meta (?:property|name)="${property}" content="([^"]*)"`).exec(html);
  return match?.[1];
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
      { hreflang: 'en', href: `${ORIGIN}/en/` },
      { hreflang: 'km', href: `${ORIGIN}/km/` },
      { hreflang: 'x-default', href: `${ORIGIN}/` },
    ]);
    expect(metaContent(html, 'og:url')).toBe(`${ORIGIN}/${locale}/`);
    expect(metaContent(html, 'og:locale')).toBe(locale === 'km' ? 'km_KH' : 'en_US');
    expect(metaContent(html, 'og:locale:alternate')).toBe(locale === 'km' ? 'en_US' : 'km_KH');
    expect(metaContent(html, 'twitter:card')).toBe('summary_large_image');
    expect(metaContent(html, 'og:title')).toBeTruthy();
    expect(metaContent(html, 'og:description')).toBeTruthy();
    await expectCard(metaContent(html, 'og:image'));
  });

  it('builds absolute URLs from PUBLIC_ORIGIN when it is set', async () => {
    const { default: worker } = await import('../../worker/index');
    const res = await worker.fetch(new Request(`https://story.example.org/${locale}/`), { ...env, PUBLIC_ORIGIN: 'https://story.example.org' });
    const html = await res.text();
    expect(links(html, 'canonical')).toEqual([{ href: `https://story.example.org/${locale}/` }]);
    expect(metaContent(html, 'og:image')).toMatch(/^https:\/\/story\.example\.org\/assets\/cards\//);
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
    ['/km/f/no-such-figure', 'km'],
    ['/en/f/no-such-figure', 'en'],
    ['/km/f/%E0%A4%A', 'km'],
    ['/km/f/minors-2015%00', 'km'],
    ['/km/f/..%2f..%2fetc', 'km'],
  ])('%s is a 404 in %s', async (path, locale) => {
    const res = await fetchWorker(path);
    expect(res.status).toBe(404);
    expect(await res.text()).toContain(`<html lang="${locale}"`);
  });

  it('links each step to its share target', async () => {
    const html = await (await fetchWorker('/km/')).text();
    expect(html).toContain('data-step="study-2015" data-share="/km/f/minors-2015"');
    expect(html).toContain('data-step="limits" data-share="/km/#limits"');
  });
});

describe('language negotiation at /', () => {
  const go = (headers: Record<string, string>) => fetchWorker('/', { headers, redirect: 'manual' });

  it('sends km-KH,km;q=0.9,en;q=0.8 to /km/ with a private, varying redirect', async () => {
    const res = await go({ 'Accept-Language': 'km-KH,km;q=0.9,en;q=0.8' });
    expect(res.status).toBe(302);
    expect(res.headers.get('Location')).toBe('/km/');
    expect(res.headers.get('Vary')).toBe('Accept-Language, Cookie');
    expect(res.headers.get('Cache-Control')).toMatch(/^private/);
  });

  it('honours the language-switch cookie before Accept-Language', async () => {
    expect((await go({ 'Accept-Language': 'km', Cookie: 'lang=en' })).headers.get('Location')).toBe('/en/');
    expect((await go({ 'Accept-Language': 'en-US', Cookie: 'lang=km' })).headers.get('Location')).toBe('/km/');
  });

  it('honours q-values', async () => {
    expect((await go({ 'Accept-Language': 'en;q=0.3, km;q=0.7' })).headers.get('Location')).toBe('/km/');
    expect((await go({ 'Accept-Language': 'km;q=0.2, en;q=0.9' })).headers.get('Location')).toBe('/en/');
  });

  it.each<Record<string, string>>([
    { 'Accept-Language': '' },
    { 'Accept-Language': 'k'.repeat(20000) },
    { 'Accept-Language': ';q=;;,' },
    { Cookie: 'lang=%ZZ; =; ;;' },
    { Cookie: 'lang=km'.repeat(3000) },
  ])('falls back to English for %j', async (headers) => {
    const res = await go(headers);
    expect(res.status).toBe(302);
    expect(res.headers.get('Location')).toBe('/en/');
  });

  it('never lets locale pages vary by header or cookie', async () => {
    const plain = await fetchWorker('/km/');
    const other = await fetchWorker('/km/', { headers: { 'Accept-Language': 'en', Cookie: 'lang=en' } });
    expect(await other.text()).toBe(await plain.text());
    expect(plain.headers.get('Vary') ?? '').not.toMatch(/Accept-Language|Cookie/i);
    expect(plain.headers.get('Cache-Control')).toMatch(/^public/);
  });
});
