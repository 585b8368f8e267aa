import { LOCALES } from '../../worker/i18n/locales';
import { describe, expect, it } from 'vitest';
import { shareableFigures } from '../../worker/content';
import { fetchAsset, fetchWorker } from './fetch';

describe('GET /embed/{id}', () => {
  it.each(['en', 'km'])('is a self-contained card under 5 KB in %s, framable by anyone', async (lang) => {
    const res = await fetchWorker(`/embed/minors-2015?lang=${lang}`);
    expect(res.status).toBe(200);
    const html = await res.text();
    expect(new TextEncoder().encode(html).length).toBeLessThan(5 * 1024);
    expect(html).toContain(lang === 'km' ? '២,២%' : '2.2%');
    expect(html).toContain(`href="/${lang}/f/minors-2015"`);
    expect(html).not.toMatch(/scrollama/i);
    expect(res.headers.get('Content-Security-Policy')).toContain('frame-ancestors *');
    expect(res.headers.get('X-Frame-Options')).toBeNull();
    expect(res.headers.get('Cache-Control')).toBe('public, max-age=300, stale-while-revalidate=86400, stale-if-error=604800');
  });

  it('has a card for every figure', async () => {
    for (const figure of shareableFigures) expect((await fetchWorker(`/embed/${figure.id}`)).status).toBe(200);
  });

  it('an unknown figure is an HTML 404', async () => {
    const res = await fetchWorker('/embed/nothing');
    expect(res.status).toBe(404);
    expect(res.headers.get('Content-Type')).toBe('text/html; charset=utf-8');
  });

  it.each(['fr', 'EN', ''])('lang=%s is an HTML 400 that offers every language, never a card in another one', async (lang) => {
    const res = await fetchWorker(`/embed/minors-2015?lang=${lang}`);
    expect(res.status).toBe(400);
    expect(res.headers.get('Content-Type')).toBe('text/html; charset=utf-8');
    expect(res.headers.get('Cache-Control')).toContain('no-store');
    const html = await res.text();
    for (const locale of LOCALES) expect(html).toContain(`href="/${locale}/"`);
  });
});

describe('GET /embed.js', () => {
  it('serves the web component with a short cache, to any origin', async () => {
    const res = await fetchAsset('/embed.js');
    expect(res.status).toBe(200);
    expect(res.headers.get('Content-Type')).toContain('javascript');
    expect(res.headers.get('Cache-Control')).toBe('public, max-age=300, stale-while-revalidate=86400, stale-if-error=604800');
    expect(res.headers.get('Access-Control-Allow-Origin')).toBe('*');
    expect(await res.text()).toContain('prevalence-figure');
  });
});

describe('GET /oembed', () => {
  const oembed = (url: string, extra = '') => fetchWorker(`/oembed?url=${encodeURIComponent(url)}&format=json${extra}`);

  it.each([
    ['http://story.test/km/f/minors-2015', '/embed/minors-2015?lang=km'],
    ['http://story.test/en/', '/embed/minors-change?lang=en'],
  ])('answers %s with a rich iframe of %s', async (url, src) => {
    const res = await oembed(url);
    expect(res.status).toBe(200);
    expect(res.headers.get('Access-Control-Allow-Origin')).toBe('*');
    const body = (await res.json()) as Record<string, unknown>;
    expect(body.version).toBe('1.0');
    expect(body.type).toBe('rich');
    expect(body.html).toContain(`<iframe src="http://story.test${src}"`);
    expect(typeof body.width).toBe('number');
    expect(typeof body.height).toBe('number');
  });

  it('honours maxwidth', async () => {
    const body = (await (await oembed('http://story.test/en/', '&maxwidth=300')).json()) as { width: number };
    expect(body.width).toBe(300);
  });

  it.each([
    ['https://elsewhere.example/en/', 404],
    ['http://story.test/en/f/nothing', 404],
    ['not a url', 400],
  ])('refuses %s with %i problem+json', async (url, status) => {
    const res = await oembed(url);
    expect(res.status).toBe(status);
    expect(res.headers.get('Content-Type')).toMatch(/^application\/problem\+json/);
  });

  it('answers format=xml with 501', async () => {
    expect((await fetchWorker(`/oembed?url=${encodeURIComponent('http://story.test/en/')}&format=xml`)).status).toBe(501);
  });

  it('is discoverable from story pages', async () => {
    const html = await (await fetchWorker('/km/f/cases')).text();
    expect(html).toContain(
      `<link rel="alternate" type="application/json+oembed" href="http://story.test/oembed?url=${encodeURIComponent('http://story.test/km/f/cases')}&amp;format=json"`,
    );
  });
});
