import { describe, expect, it } from 'vitest';
import { figures, steps } from '../../worker/content';
import { formatFigure } from '../../worker/i18n/format-figure';
import { LOCALES, type Locale } from '../../worker/i18n/locales';
import { message } from '../../worker/i18n/messages';
import { text } from '../../worker/i18n/rich-text';
import { fetchWorker } from './fetch';

const escapeHtml = (s: string) =>
  s.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;').replace(/'/g, '&#39;');

describe.each(LOCALES)('/%s/', (locale) => {
  it('is a complete HTML story in that language', async () => {
    const res = await fetchWorker(`/${locale}/`);
    expect(res.status).toBe(200);
    expect(res.headers.get('Content-Type')).toBe('text/html; charset=utf-8');
    // As a reader reads it: without the invisible marks that say where Khmer lines may break.
    const html = (await res.text()).replace(/[\u200b\u2060]/g, '');
    expect(html.startsWith('<!doctype html><html lang="' + locale + '"')).toBe(true);
    for (const step of steps) {
      expect(html).toContain(`data-step="${step.id}"`);
      expect(html).toContain(escapeHtml(text(locale, `step.${step.id}.heading`)));
    }
    expect(html).toContain(escapeHtml(message(locale, 'ui.contentNote.label')));
  });

  it('carries every figure value in the step text, formatted for the locale', async () => {
    const html = await (await fetchWorker(`/${locale}/`)).text();
    // Without the word joiners that hold a range ("15%–30%") on one line.
    const stepsHtml = html.slice(html.indexOf('<ol class="steps"')).replace(/\u2060/g, '');
    for (const figure of figures) {
      expect(stepsHtml, figure.id).toContain(`data-figure="${figure.id}">${escapeHtml(formatFigure(figure, locale))}<`);
    }
    if (locale === 'km') {
      expect(stepsHtml).toContain('៨,១៦%');
      expect(stepsHtml).not.toMatch(/data-figure="[^"]+">[^<]*\d[^<]*<\/a>/);
    } else {
      expect(stepsHtml).toContain('8.16%');
      expect(stepsHtml).toContain('73%');
      expect(stepsHtml).toContain('more than 500');
    }
  });

  it('hides the panel from assistive technology and starts it on the first step', async () => {
    const html = await (await fetchWorker(`/${locale}/`)).text();
    expect(html).toMatch(new RegExp(`<div class="panel" aria-hidden="true" data-state="${steps[0]?.id}">`));
  });

  it('links the language switch to the other locale', async () => {
    const html = await (await fetchWorker(`/${locale}/`)).text();
    const other = locale === 'en' ? 'km' : 'en';
    expect(html).toMatch(new RegExp(`class="lang-switch" href="/${other}/" hreflang="${other}"`));
  });

  it('loads the Khmer webfont only on Khmer pages', async () => {
    const html = await (await fetchWorker(`/${locale}/`)).text();
    expect(html.includes('@font-face')).toBe(locale === 'km');
  });

  it('answers HEAD with headers and no body', async () => {
    const res = await fetchWorker(`/${locale}/`, { method: 'HEAD' });
    expect(res.status).toBe(200);
    expect(await res.text()).toBe('');
  });

  it('sends a strong ETag and answers If-None-Match with 304', async () => {
    const first = await fetchWorker(`/${locale}/`);
    const etag = first.headers.get('ETag');
    expect(etag).toMatch(/^"[0-9a-f]{32}"$/);
    expect(first.headers.get('Cache-Control')).toContain('public');
    const again = await fetchWorker(`/${locale}/`, { headers: { 'If-None-Match': etag ?? '' } });
    expect(again.status).toBe(304);
    expect(await again.text()).toBe('');
  });

  it('redirects the path without a slash', async () => {
    const res = await fetchWorker(`/${locale}`, { redirect: 'manual' });
    expect(res.status).toBe(301);
    expect(res.headers.get('Location')).toBe(`/${locale}/`);
  });
});

describe('/', () => {
  it.each([
    ['km', '/km/'],
    ['km-KH', '/km/'],
    ['km-KH,km;q=0.9,en;q=0.8', '/km/'],
    ['en-GB', '/en/'],
    ['zz', '/en/'],
    ['', '/en/'],
    ['%%%;q=x', '/en/'],
  ])('redirects Accept-Language %j to %s and varies on it', async (acceptLanguage, location) => {
    const res = await fetchWorker('/', { headers: { 'Accept-Language': acceptLanguage }, redirect: 'manual' });
    expect(res.status).toBe(302);
    expect(res.headers.get('Location')).toBe(location);
    expect(res.headers.get('Vary')).toContain('Accept-Language');
    expect(res.headers.get('Cache-Control')).toContain('private');
  });
});

describe('unknown paths', () => {
  it.each([
    ['/km/nothing-here', 'km'],
    ['/en/nothing-here', 'en'],
    ['/zz/', 'en'],
    ['/nothing', 'en'],
  ] as const)('%s gets a 404 page in %s with links to both languages', async (path, locale: Locale) => {
    const res = await fetchWorker(path);
    expect(res.status).toBe(404);
    expect(res.headers.get('Content-Type')).toBe('text/html; charset=utf-8');
    const html = await res.text();
    expect(html).toContain(`<html lang="${locale}"`);
    expect(html).toContain(escapeHtml(message(locale, 'notFound.title')));
    expect(html).toContain('href="/en/"');
    expect(html).toContain('href="/km/"');
  });

  it('uses Accept-Language when the path has no locale', async () => {
    const res = await fetchWorker('/missing', { headers: { 'Accept-Language': 'km-KH' } });
    expect(res.status).toBe(404);
    expect(await res.text()).toContain('<html lang="km"');
  });

  it.each(['/%E0%A4%A', '/km/%00', '/..%2f..%2fetc%2fpasswd', '/en/<script>alert(1)</script>', '/' + 'a'.repeat(8000)])(
    'never fails on %s',
    async (path) => {
      const res = await fetchWorker(path);
      expect(res.status).toBe(404);
      expect(await res.text()).not.toContain('<script>alert');
    },
  );
});
