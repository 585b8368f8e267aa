import { describe, expect, it } from 'vitest';
import { figures, steps } from '../../worker/content';
import { formatFigure } from '../../worker/i18n/format-figure';
import { LOCALES, localeInfo, otherLocales, type Locale } from '../../worker/i18n/locales';
import { message } from '../../worker/i18n/messages';
import { text } from '../../worker/i18n/rich-text';
import { fetchWorker } from './fetch';
import { SOURCE, TRANSLATED } from '../support/locales';

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
    // A language with its own digits shows no Western digit in a figure.
    if (localeInfo(locale).digits !== '0123456789') expect(stepsHtml).not.toMatch(/data-figure="[^"]+">[^<]*\d[^<]*<\/a>/);
  });

  it('hides the panel from assistive technology and starts it on the first step', async () => {
    const html = await (await fetchWorker(`/${locale}/`)).text();
    expect(html).toMatch(new RegExp(`<div class="panel" aria-hidden="true" data-state="${steps[0]?.id}">`));
  });

  it('links the language switch to every other locale', async () => {
    const html = await (await fetchWorker(`/${locale}/`)).text();
    for (const other of otherLocales(locale)) expect(html).toMatch(new RegExp(`href="/${other}/" hreflang="${other}" lang="${other}"`));
  });

  it('folds the language links into a menu from three languages on, so the masthead keeps its room', async () => {
    const html = await (await fetchWorker(`/${locale}/`)).text();
    expect(html.includes('<details class="lang-menu">')).toBe(otherLocales(locale).length > 1);
  });

  it('loads a webfont only for a language the registry gives one', async () => {
    const html = await (await fetchWorker(`/${locale}/`)).text();
    expect(html.includes('@font-face')).toBe(localeInfo(locale).webfont !== null);
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
    [TRANSLATED, `/${TRANSLATED}/`],
    [`${TRANSLATED}-KH`, `/${TRANSLATED}/`],
    [`${TRANSLATED}-KH,${TRANSLATED};q=0.9,${SOURCE};q=0.8`, `/${TRANSLATED}/`],
    [`${SOURCE}-GB`, `/${SOURCE}/`],
    ['zz', `/${SOURCE}/`],
    ['', `/${SOURCE}/`],
    ['%%%;q=x', `/${SOURCE}/`],
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
    [`/${TRANSLATED}/nothing-here`, TRANSLATED],
    [`/${SOURCE}/nothing-here`, SOURCE],
    ['/zz/', SOURCE],
    ['/nothing', SOURCE],
  ] as const)('%s gets a 404 page in %s with links to both languages', async (path, locale: Locale) => {
    const res = await fetchWorker(path);
    expect(res.status).toBe(404);
    expect(res.headers.get('Content-Type')).toBe('text/html; charset=utf-8');
    const html = await res.text();
    expect(html).toContain(`<html lang="${locale}"`);
    expect(html).toContain(escapeHtml(message(locale, 'notFound.title')));
    expect(html).toContain(`href="/${SOURCE}/"`);
    expect(html).toContain(`href="/${TRANSLATED}/"`);
  });

  it('uses Accept-Language when the path has no locale', async () => {
    const res = await fetchWorker('/missing', { headers: { 'Accept-Language': `${TRANSLATED}-KH` } });
    expect(res.status).toBe(404);
    expect(await res.text()).toContain(`<html lang="${TRANSLATED}"`);
  });

  it.each(['/%E0%A4%A', `/${TRANSLATED}/%00`, '/..%2f..%2fetc%2fpasswd', `/${SOURCE}/<script>alert(1)</script>`, '/' + 'a'.repeat(8000)])(
    'never fails on %s',
    async (path) => {
      const res = await fetchWorker(path);
      expect(res.status).toBe(404);
      expect(await res.text()).not.toContain('<script>alert');
    },
  );
});
