// Each class of hostile or broken input, by hand. test/worker/fuzz.test.ts generates thousands more.
import { Hono } from 'hono';
import { afterEach, describe, expect, it, vi } from 'vitest';
import type { AppEnv } from '../../worker/env';
import { serverError } from '../../worker/http/errors';
import { fetchApp, fetchWorker } from './fetch';
import { SOURCE, TRANSLATED } from '../support/locales';
import { LOCALES, type Locale } from '../../worker/i18n/locales';

const HTML = 'text/html; charset=utf-8';

async function expectLocalizedHtmlError(res: Response, status: number, locale: Locale) {
  expect(res.status).toBe(status);
  expect(res.headers.get('Content-Type')).toBe(HTML);
  const html = await res.text();
  expect(html).toContain(`<html lang="${locale}"`);
  for (const other of LOCALES) expect(html).toContain(`href="/${other}/"`);
  return html;
}

describe('unknown paths and locales', () => {
  it.each([
    ['/zz/', SOURCE],
    [`/${TRANSLATED}/unknown`, TRANSLATED],
    [`/${SOURCE}/unknown/deeper`, SOURCE],
    [`/${TRANSLATED.toUpperCase()}/`, SOURCE],
    [`/${TRANSLATED}x/`, SOURCE],
  ] as const)('%s → localized 404 (%s)', async (path, locale) => {
    await expectLocalizedHtmlError(await fetchWorker(path), 404, locale);
  });
});

describe('malformed or huge Accept-Language', () => {
  it.each([
    '',
    ',,,;;;',
    `${TRANSLATED};q=9`,
    `${TRANSLATED};q=-1`,
    '*;q=abc',
    '\u00e9\u00e8',
    `${TRANSLATED}-`.repeat(400),
    'x'.repeat(100_000),
  ])('%j → English, never a 5xx', async (value) => {
    const res = await fetchWorker('/', { headers: { 'Accept-Language': value }, redirect: 'manual' });
    expect(res.status).toBe(302);
    expect(res.headers.get('Location')).toBe(`/${SOURCE}/`);
    const lost = await fetchWorker('/nowhere', { headers: { 'Accept-Language': value } });
    await expectLocalizedHtmlError(lost, 404, SOURCE);
  });
});

describe('odd percent-encodings and NUL bytes', () => {
  it.each([
    '/%',
    '/%ZZ',
    '/%E0%A4%A',
    '/%C0%AF',
    '/%ED%A0%80',
    `/${TRANSLATED}/%00`,
    `/${TRANSLATED}/f/%00`,
    '/%00%00',
    `/${TRANSLATED}/f/%FF%FE`,
  ])('%s → 404 page, no 5xx', async (path) => {
    const res = await fetchWorker(path);
    expect(res.status).toBe(404);
    expect(res.headers.get('Content-Type')).toBe(HTML);
  });
});

describe('path traversal', () => {
  it.each([
    '/..%2f..%2fetc%2fpasswd',
    '/%2e%2e/%2e%2e/etc/passwd',
    `/${TRANSLATED}/..%2f..%2fwrangler.toml`,
    '/assets/..%2fworker%2findex.ts',
    `/${TRANSLATED}/f/..%5c..%5cpackage.json`,
  ])('%s leaks nothing', async (path) => {
    const res = await fetchWorker(path);
    expect(res.status).toBe(404);
    const body = await res.text();
    expect(body).not.toMatch(/root:x:0:0|compatibility_date|"devDependencies"|from 'hono'/);
  });
});

describe('very long URLs', () => {
  it.each([['/' + 'a'.repeat(16_000)], [`/${TRANSLATED}/f/` + 'b'.repeat(16_000)], [`/${SOURCE}/?q=` + 'c'.repeat(16_000)]])(
    'a %#-th long URL gets a clean answer',
    async (path) => {
      const res = await fetchWorker(path);
      expect(res.status).toBeLessThan(500);
      expect(res.headers.get('Content-Type')).toBeTruthy();
    },
  );
});

describe('markup in paths and queries', () => {
  const payload = '<script>alert(1)</script>';
  it.each([
    `/${encodeURIComponent(payload)}`,
    `/${TRANSLATED}/${payload}`,
    `/${SOURCE}/f/${encodeURIComponent('"><img src=x onerror=alert(1)>')}`,
    `/${SOURCE}/?x=${encodeURIComponent(payload)}`,
  ])('%s is never reflected unescaped', async (path) => {
    const res = await fetchWorker(path);
    const body = await res.text();
    expect(body).not.toContain('<script>alert');
    expect(body).not.toContain('onerror=alert');
  });
});

describe('methods', () => {
  it.each(['POST', 'PUT', 'DELETE', 'PATCH', 'PROPFIND'])('%s on a page is a localized 405 with Allow', async (method) => {
    const res = await fetchWorker(`/${TRANSLATED}/`, { method });
    const html = await expectLocalizedHtmlError(res, 405, TRANSLATED);
    expect(res.headers.get('Allow')).toBe('GET, HEAD, OPTIONS');
    expect(html).not.toBe('');
  });

  it('OPTIONS on a page answers 204 with Allow', async () => {
    const res = await fetchWorker(`/${SOURCE}/`, { method: 'OPTIONS' });
    expect(res.status).toBe(204);
    expect(res.headers.get('Allow')).toBe('GET, HEAD, OPTIONS');
  });

  it.each([`/${SOURCE}/`, `/${TRANSLATED}/f/minors-2015`, '/nowhere', '/'])('HEAD %s answers like GET without a body', async (path) => {
    const get = await fetchWorker(path, { redirect: 'manual' });
    const head = await fetchWorker(path, { method: 'HEAD', redirect: 'manual' });
    expect(head.status).toBe(get.status);
    expect(head.headers.get('Content-Type')).toBe(get.headers.get('Content-Type'));
    expect(await head.text()).toBe('');
  });
});

describe('hostile input on data routes', () => {
  it.each([
    '/api/v1/prevalence/%00',
    '/api/v1/prevalence/%E0%A4%A',
    '/api/v1/..%2f..%2fwrangler.toml',
    '/api/v1/prevalence/%3Cscript%3Ealert(1)%3C%2Fscript%3E',
    `/api/v1/prevalence?lang=${encodeURIComponent('<script>alert(1)</script>')}`,
    `/oembed?url=${encodeURIComponent('javascript:alert(1)')}&format=json`,
    `/oembed?url=${encodeURIComponent('http://story.test/<script>alert(1)</script>')}`,
    '/api/v1/' + 'd'.repeat(16_000),
  ])('%s → problem+json, nothing reflected raw', async (path) => {
    const res = await fetchWorker(path, { headers: { 'Accept-Language': `${TRANSLATED};q=abc,,` } });
    expect(res.status).toBeGreaterThanOrEqual(400);
    expect(res.status).toBeLessThan(500);
    expect(res.headers.get('Content-Type')).toBe('application/problem+json; charset=utf-8');
    const body = await res.text();
    expect(JSON.parse(body).status).toBe(res.status);
    expect(body).not.toContain('<script>');
    expect(body).not.toContain('compatibility_date');
  });
});

describe('unhandled exceptions', () => {
  afterEach(() => vi.restoreAllMocks());

  // The same handler the app registers with app.onError, on an app that throws on purpose.
  const SECRET = 'secret detail: /etc/wrangler.toml line 3';
  const throwing = new Hono<AppEnv>();
  throwing.get('*', () => {
    throw new Error(SECRET);
  });
  throwing.onError(serverError);

  it.each([
    [`/${TRANSLATED}/f/cases`, TRANSLATED],
    [`/${SOURCE}/`, SOURCE],
  ] as const)('%s → a localized 500 page that tells nothing, and a log line', async (path, locale) => {
    const logged = vi.spyOn(console, 'error').mockImplementation(() => {});
    const res = await throwing.request(path);
    const html = await expectLocalizedHtmlError(res, 500, locale);
    expect(html).not.toContain('secret');
    expect(html).not.toContain('Error');
    expect(logged).toHaveBeenCalledOnce();
  });

  it('under /api/ → problem+json without details', async () => {
    vi.spyOn(console, 'error').mockImplementation(() => {});
    const res = await throwing.request('/api/v1/prevalence');
    expect(res.status).toBe(500);
    expect(res.headers.get('Content-Type')).toBe('application/problem+json; charset=utf-8');
    const body = await res.text();
    expect(JSON.parse(body)).toEqual({ type: 'about:blank', title: 'Internal Server Error', status: 500 });
    expect(body).not.toContain('secret');
  });

  it('is never reached by the hostile requests above', async () => {
    const logged = vi.spyOn(console, 'error');
    for (const path of [
      '/%',
      '/%E0%A4%A',
      '/..%2f..%2fetc%2fpasswd',
      `/${TRANSLATED}/f/%00`,
      '/' + 'a'.repeat(16_000),
      '/api/v1/prevalence/%3Cscript%3E',
      '/embed/%00?lang=%FF',
    ]) {
      expect((await fetchApp(path)).status, path).toBeLessThan(500);
    }
    expect(logged).not.toHaveBeenCalled();
  });
});
