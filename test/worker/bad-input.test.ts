// Each class of hostile or broken input, by hand. test/worker/fuzz.test.ts generates thousands more.
import { describe, expect, it } from 'vitest';
import { fetchWorker } from './fetch';

const HTML = 'text/html; charset=utf-8';

async function expectLocalizedHtmlError(res: Response, status: number, locale: 'en' | 'km') {
  expect(res.status).toBe(status);
  expect(res.headers.get('Content-Type')).toBe(HTML);
  const html = await res.text();
  expect(html).toContain(`<html lang="${locale}"`);
  expect(html).toContain('href="/en/"');
  expect(html).toContain('href="/km/"');
  return html;
}

describe('unknown paths and locales', () => {
  it.each([
    ['/fr/', 'en'],
    ['/km/unknown', 'km'],
    ['/en/unknown/deeper', 'en'],
    ['/KM/', 'en'],
    ['/kmx/', 'en'],
  ] as const)('%s → localized 404 (%s)', async (path, locale) => {
    await expectLocalizedHtmlError(await fetchWorker(path), 404, locale);
  });
});

describe('malformed or huge Accept-Language', () => {
  it.each(['', ',,,;;;', 'km;q=9', 'km;q=-1', '*;q=abc', '\u00e9\u00e8', 'km-'.repeat(400), 'x'.repeat(100_000)])(
    '%j → English, never a 5xx',
    async (value) => {
      const res = await fetchWorker('/', { headers: { 'Accept-Language': value }, redirect: 'manual' });
      expect(res.status).toBe(302);
      expect(res.headers.get('Location')).toBe('/en/');
      const lost = await fetchWorker('/nowhere', { headers: { 'Accept-Language': value } });
      await expectLocalizedHtmlError(lost, 404, 'en');
    },
  );
});

describe('odd percent-encodings and NUL bytes', () => {
  it.each(['/%', '/%ZZ', '/%E0%A4%A', '/%C0%AF', '/%ED%A0%80', '/km/%00', '/km/f/%00', '/%00%00', '/km/f/%FF%FE'])(
    '%s → 404 page, no 5xx',
    async (path) => {
      const res = await fetchWorker(path);
      expect(res.status).toBe(404);
      expect(res.headers.get('Content-Type')).toBe(HTML);
    },
  );
});

describe('path traversal', () => {
  it.each(['/..%2f..%2fetc%2fpasswd', '/%2e%2e/%2e%2e/etc/passwd', '/km/..%2f..%2fwrangler.toml', '/assets/..%2fworker%2findex.ts', '/km/f/..%5c..%5cpackage.json'])(
    '%s leaks nothing',
    async (path) => {
      const res = await fetchWorker(path);
      expect(res.status).toBe(404);
      const body = await res.text();
      expect(body).not.toMatch(/root:x:0:0|compatibility_date|"devDependencies"|from 'hono'/);
    },
  );
});

describe('very long URLs', () => {
  it.each([['/' + 'a'.repeat(16_000)], ['/km/f/' + 'b'.repeat(16_000)], ['/en/?q=' + 'c'.repeat(16_000)]])('a %#-th long URL gets a clean answer', async (path) => {
    const res = await fetchWorker(path);
    expect(res.status).toBeLessThan(500);
    expect(res.headers.get('Content-Type')).toBeTruthy();
  });
});

describe('markup in paths and queries', () => {
  const payload = '<script>alert(1)</script>';
  it.each([`/${encodeURIComponent(payload)}`, `/km/${payload}`, `/en/f/${encodeURIComponent('"><img src=x onerror=alert(1)>')}`, `/en/?x=${encodeURIComponent(payload)}`])(
    '%s is never reflected unescaped',
    async (path) => {
      const res = await fetchWorker(path);
      const body = await res.text();
      expect(body).not.toContain('<script>alert');
      expect(body).not.toContain('onerror=alert');
    },
  );
});

describe('methods', () => {
  it.each(['POST', 'PUT', 'DELETE', 'PATCH', 'PROPFIND'])('%s on a page is a localized 405 with Allow', async (method) => {
    const res = await fetchWorker('/km/', { method });
    const html = await expectLocalizedHtmlError(res, 405, 'km');
    expect(res.headers.get('Allow')).toBe('GET, HEAD, OPTIONS');
    expect(html).not.toBe('');
  });

  it('OPTIONS on a page answers 204 with Allow', async () => {
    const res = await fetchWorker('/en/', { method: 'OPTIONS' });
    expect(res.status).toBe(204);
    expect(res.headers.get('Allow')).toBe('GET, HEAD, OPTIONS');
  });

  it.each(['/en/', '/km/f/minors-2015', '/nowhere', '/'])('HEAD %s answers like GET without a body', async (path) => {
    const get = await fetchWorker(path, { redirect: 'manual' });
    const head = await fetchWorker(path, { method: 'HEAD', redirect: 'manual' });
    expect(head.status).toBe(get.status);
    expect(head.headers.get('Content-Type')).toBe(get.headers.get('Content-Type'));
    expect(await head.text()).toBe('');
  });
});
