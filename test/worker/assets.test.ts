import { describe, expect, it } from 'vitest';
import { assets } from '../../worker/assets';
import { fetchAsset, fetchWorker } from './fetch';
import { STATIC_FILES } from '../support/static-files';
import { SOURCE } from '../support/locales';

describe('static assets', () => {
  it.each([
    ['client bundle', assets.script, 'javascript'],
    ...Object.entries(assets.fonts).map(([locale, font]) => [`${locale} webfont`, font.url, 'font/woff2']),
  ])('serves the %s under a content-hashed name, cached for a year', async (_name, path, type) => {
    expect(path).toMatch(/\.[0-9a-f]{12}\.(js|woff2)$/);
    const res = await fetchAsset(path);
    expect(res.status).toBe(200);
    expect(res.headers.get('Content-Type')).toContain(type);
    expect(res.headers.get('Cache-Control')).toBe('public, max-age=31536000, immutable');
    expect(res.headers.get('X-Content-Type-Options')).toBe('nosniff');
  });
});

describe('static asset headers (dist/public/_headers)', () => {
  const files = STATIC_FILES;

  it.each(files)('%s carries the same Permissions-Policy, X-Frame-Options and COOP as the pages', async (path) => {
    const page = await fetchWorker(`/${SOURCE}/`);
    const res = await fetchAsset(path);
    expect(res.status).toBe(200);
    const policy = res.headers.get('Permissions-Policy');
    expect(policy).toMatch(/camera=\(\)/);
    expect(policy).toBe(page.headers.get('Permissions-Policy'));
    expect(res.headers.get('X-Frame-Options')).toBe('DENY');
    expect(res.headers.get('Cross-Origin-Opener-Policy')).toBe('same-origin');
  });

  it.each(['/robots.txt', '/favicon.svg'])('%s is same-origin only (CORP)', async (path) => {
    expect((await fetchAsset(path)).headers.get('Cross-Origin-Resource-Policy')).toBe('same-origin');
  });

  it.each([assets.script, ...Object.values(assets.fonts).map((f) => f.url), '/embed.js'])(
    '%s stays loadable from partner pages: one CORP value, cross-origin',
    async (path) => {
      expect((await fetchAsset(path)).headers.get('Cross-Origin-Resource-Policy')).toBe('cross-origin');
    },
  );
});
